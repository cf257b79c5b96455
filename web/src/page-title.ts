/** Each screen names itself in the browser's title bar, tab and history. */
import { useEffect } from 'react';

export const CONSOLE_NAME = 'Quản lý đoàn vào · Sở KH&CN Hưng Yên';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — ${CONSOLE_NAME}`;
  }, [title]);
}
