import { inflateSync } from 'node:zlib';

// Emoji and their joiners, flags, skin tones, keycaps and tags: next/og would fetch each one from a CDN.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;
const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;
// A run of narrow characters with no break opportunity in it (Chinese text breaks between any two characters).
const NARROW_RUN = /[^\s\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]+/gu;
const ELLIPSIS = '…';

/** Where the share-image fonts live, below the project folder. */
export const SHARE_FONT_DIR = ['node_modules', '@fontsource', 'noto-sans-sc', 'files'] as const;

/**
 * The simplified-Chinese subset draws all of GB 2312, common traditional characters and ASCII;
 * the small numbered slices add the symbols it lacks that headlines use (→ ← ① ② ③ ℃ ‰ ★ ● ■ ▲ ≥).
 */
export const SHARE_FONT_FILES = ['chinese-simplified', '91', '100', '101', '102', '103', '104', '105', '106', '107', '109'].map(
  (subset) => `noto-sans-sc-${subset}-400-normal.woff`,
);

/** Text without emoji, with runs of whitespace collapsed to one space. */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

/** Text without the characters the share-image fonts cannot draw, so next/og never goes looking for another font. */
export function toDrawableText(text: string, covered: ReadonlySet<number>): string {
  return Array.from(stripEmoji(text))
    .filter((char) => /\s/.test(char) || covered.has(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Width of text in ems, roughly: CJK and full-width characters are one em wide, the rest about half. */
export function toTextWidth(text: string): number {
  return Array.from(text).reduce((width, char) => width + (WIDE.test(char) ? 1 : 0.55), 0);
}

/**
 * Text whose every Latin word fits a line of `lineWidth` ems: the share image wraps Latin text only at
 * spaces, so a longer unbroken run (a 2,000-letter word) is cut into line-sized pieces instead of running off.
 */
export function toWrappable(text: string, lineWidth: number): string {
  return text.replace(NARROW_RUN, (word) => {
    if (toTextWidth(word) <= lineWidth) return word;
    const pieces: string[] = [];
    let piece = '';
    for (const char of Array.from(word)) {
      if (toTextWidth(piece + char) > lineWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return [...pieces, piece].join(' ');
  });
}

/** The title cut to at most `maxWidth` ems, ending with an ellipsis when it was cut. */
export function truncateTitle(title: string, maxWidth: number): string {
  if (toTextWidth(title) <= maxWidth) return title;
  const room = maxWidth - toTextWidth(ELLIPSIS);
  let width = 0;
  let kept = '';
  for (const char of Array.from(title)) {
    width += toTextWidth(char);
    if (width > room) break;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

function readCmap(table: DataView, covered: Set<number>): void {
  const count = table.getUint16(2);
  for (let i = 0; i < count; i++) {
    const start = table.getUint32(4 + i * 8 + 4);
    const format = table.getUint16(start);
    if (format === 4) readFormat4(table, start, covered);
    else if (format === 12) {
      const groups = table.getUint32(start + 12);
      for (let g = 0; g < groups; g++) {
        const at = start + 16 + g * 12;
        for (let code = table.getUint32(at); code <= table.getUint32(at + 4); code++) covered.add(code);
      }
    }
  }
}

function readFormat4(table: DataView, start: number, covered: Set<number>): void {
  const segments = table.getUint16(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const first = table.getUint16(starts + s * 2);
    const last = Math.min(table.getUint16(ends + s * 2), 0xfffe);
    const delta = table.getUint16(deltas + s * 2);
    const offset = table.getUint16(offsets + s * 2);
    for (let code = first; code <= last; code++) {
      const raw = offset === 0 ? code : table.getUint16(offsets + s * 2 + offset + (code - first) * 2);
      if (offset !== 0 && raw === 0) continue;
      if ((raw + delta) & 0xffff) covered.add(code);
    }
  }
}

/** The code points a WOFF font has glyphs for, or undefined when the bytes are not a WOFF font with a cmap. */
export function toCodePoints(woff: Uint8Array): Set<number> | undefined {
  try {
    const file = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
    if (file.getUint32(0) !== 0x774f4646) return undefined;
    for (let i = 0; i < file.getUint16(12); i++) {
      const entry = 44 + i * 20;
      if (file.getUint32(entry) !== 0x636d6170) continue;
      const [offset, stored, length] = [file.getUint32(entry + 4), file.getUint32(entry + 8), file.getUint32(entry + 12)];
      const bytes = woff.subarray(offset, offset + stored);
      const table = stored < length ? inflateSync(bytes) : bytes;
      const covered = new Set<number>();
      readCmap(new DataView(table.buffer, table.byteOffset, table.byteLength), covered);
      return covered;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
