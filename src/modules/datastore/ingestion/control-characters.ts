/** C0 control characters other than tab, line feed and carriage return, and DEL: never in text a person wrote. */
export function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** Control characters, and U+FFFD (what a decoder writes for bytes its encoding has no character for). */
export function countUnreadable(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isControlCharacter(code) || code === 0xfffd) count += 1;
  }
  return count;
}
