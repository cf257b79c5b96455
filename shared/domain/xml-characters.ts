/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone
 * surrogates) and Unicode's noncharacters (U+FFFE and U+FFFF in every plane, U+FDD0–U+FDEF): a
 * name holding one makes a .docx draft unreadable, so the API refuses them in every text field and
 * the documents drop any that older records still hold.
 */
const planeNoncharacters = Array.from({ length: 16 }, (_, plane) => {
  const hex = (plane + 1).toString(16);
  return `\\u{${hex}fffe}\\u{${hex}ffff}`;
}).join('');
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufdd0-\\ufdef\\ufffe\\uffff${planeNoncharacters}]|[\\ud800-\\udfff]`,
  'u',
);

/** The first forbidden character of a text as "U+FFFF", or undefined when it has none. */
export function forbiddenCharacterIn(text: string): string | undefined {
  const found = FORBIDDEN.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${(found.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text without any forbidden character. */
export const withoutForbiddenCharacters = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN.source, 'gu'), '');
