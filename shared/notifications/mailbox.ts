/** A mailbox as we write it in configuration: `Name <address>` or a bare address. */
export function mailbox(text: string): { name: string; address: string } {
  const named = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(text);
  return named
    ? { name: named[1] as string, address: named[2] as string }
    : { name: '', address: text.trim() };
}
