/**
 * Ant Design's icons label themselves with their English file names ("calendar", "close-circle",
 * "left"), which a screen reader reads out among the Vietnamese. An icon beside a label or a text
 * that says the same is hidden from assistive technology; an icon that is all a button shows (the
 * pager's arrows, a field's clear button) is named in Vietnamese instead.
 */
const ICON = 'span.anticon[role="img"][aria-label]:not([data-quiet])';

const names: Record<string, string> = {
  left: 'Trang trước',
  right: 'Trang sau',
  'double-left': 'Lùi nhiều trang',
  'double-right': 'Tiến nhiều trang',
  'close-circle': 'Xóa nội dung',
  close: 'Đóng',
  search: 'Tìm',
  delete: 'Xóa',
  plus: 'Thêm',
  minus: 'Bớt',
  upload: 'Tải lên',
  download: 'Tải xuống',
};

/** The button an icon is all of, if any. */
function soleContentOf(icon: Element): Element | undefined {
  const control = icon.closest('button, a, [role="button"]');
  if (!control || control.getAttribute('aria-label')) return undefined;
  return control.textContent?.trim() ? undefined : control;
}

function quiet(root: ParentNode) {
  for (const icon of root.querySelectorAll(ICON)) {
    const name = icon.getAttribute('aria-label') ?? '';
    icon.setAttribute('data-quiet', '');
    icon.removeAttribute('aria-label');
    if (soleContentOf(icon) && names[name]) icon.setAttribute('aria-label', names[name]);
    else icon.setAttribute('aria-hidden', 'true');
  }
}

export function quietIcons(root: HTMLElement = document.body): MutationObserver {
  quiet(root);
  const observer = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes) if (node instanceof Element) quiet(node.parentElement ?? node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
