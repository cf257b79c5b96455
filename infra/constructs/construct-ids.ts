/** A construct id from a manifest or job name: "notify-agencies" → "NotifyAgencies". */
export const pascal = (name: string) =>
  name
    .replace(/(^|[-_\s])(\w)/g, (_, __, letter: string) => letter.toUpperCase())
    .replace(/[^A-Za-z0-9]/g, '');
