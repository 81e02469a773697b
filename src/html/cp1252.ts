/**
 * Windows-1252's characters for bytes 0x80–0x9F (the WHATWG encoding index). Node 20's
 * TextDecoder('windows-1252') decodes these bytes as Latin-1 C1 controls instead (a Node bug,
 * nodejs/node#56542), which turns curly quotes, dashes and € into invisible characters.
 * Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are.
 */
const C1_TO_CP1252: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ',
  0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“',
  0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›',
  0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const C1_CONTROL = /[\u0080-\u009f]/g;

/** Text decoded as Windows-1252 with the C1 range put right (a no-op on a fixed Node). */
export function repairCp1252(text: string): string {
  return text.replace(C1_CONTROL, (c) => C1_TO_CP1252[c.charCodeAt(0)] ?? c);
}
