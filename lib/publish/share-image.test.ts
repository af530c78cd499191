import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SHARE_FONT_DIR, SHARE_FONT_FILES, stripEmoji, toCodePoints, toDrawableText, toTextWidth, toWrappable, truncateTitle } from './share-image';

describe('stripEmoji', () => {
  it.each([
    ['股市🚀大涨📈', '股市大涨'],
    ['家庭👨‍👩‍👧理财', '家庭理财'],
    ['中国🇨🇳经济', '中国经济'],
    ['点赞👍🏽', '点赞'],
    ['第1️⃣名', '第1名'],
    ['❤️ 消费 ✨ 复苏', '消费 复苏'],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿苏格兰', '苏格兰'],
  ])('removes the emoji from %j', (text, expected) => {
    expect(stripEmoji(text)).toBe(expected);
  });

  it('keeps plain text, digits and CJK punctuation', () => {
    expect(stripEmoji('A股午后震荡回升：GDP 增长5.2%？#1 *注')).toBe('A股午后震荡回升：GDP 增长5.2%？#1 *注');
  });

  it('collapses the whitespace emoji leave behind', () => {
    expect(stripEmoji('  🔥  热点  🔥  ')).toBe('热点');
  });
});

describe('toDrawableText', () => {
  const covered = new Set(Array.from('利率汇率AB&', (char) => char.codePointAt(0) ?? 0));

  it('drops characters the fonts do not have and keeps spaces between the rest', () => {
    expect(toDrawableText('利率 & 汇率 ★ 𠀀', covered)).toBe('利率 & 汇率');
  });

  it('strips emoji first', () => {
    expect(toDrawableText('利率📉AB', covered)).toBe('利率AB');
  });
});

describe('toWrappable', () => {
  it('cuts an unbroken word longer than a line into line-sized pieces, and leaves the rest alone', () => {
    const word = 'A'.repeat(2000);
    const pieces = toWrappable(`前言 ${word} 结尾`, 16).split(' ');
    expect(pieces[0]).toBe('前言');
    expect(pieces.at(-1)).toBe('结尾');
    expect(pieces.slice(1, -1).join('')).toBe(word);
    for (const piece of pieces) expect(toTextWidth(piece)).toBeLessThanOrEqual(16);
    expect(toWrappable('央行宣布降准 0.5 个百分点', 16)).toBe('央行宣布降准 0.5 个百分点');
    expect(toWrappable('一二三四五六七八九十一二三四五六七八九十', 16)).toBe('一二三四五六七八九十一二三四五六七八九十');
    expect(toWrappable(`报告${'x'.repeat(40)}全文`, 16)).toBe(`报告${'x'.repeat(29)} ${'x'.repeat(11)}全文`);
  });
});

describe('truncateTitle', () => {
  it('counts CJK as one em and Latin as about half', () => {
    expect(toTextWidth('利率')).toBe(2);
    expect(toTextWidth('ETF')).toBeCloseTo(1.65);
  });

  it('leaves a title that fits alone', () => {
    expect(truncateTitle('宽基ETF持续获资金关注', 20)).toBe('宽基ETF持续获资金关注');
  });

  it('cuts a long title and ends it with an ellipsis within the width', () => {
    const title = '一季度青岛中小外贸企业订单回暖 港口集装箱业务保持忙碌';
    const cut = truncateTitle(title, 10);
    expect(cut).toBe('一季度青岛中小外贸…');
    expect(toTextWidth(cut)).toBeLessThanOrEqual(10);
  });

  it('does not leave a space before the ellipsis', () => {
    expect(truncateTitle('一二三四 五六七八九', 6)).toBe('一二三四…');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(truncateTitle('𠀀𠀁𠀂𠀃𠀄', 3)).toBe('𠀀𠀁…');
  });
});

// Builds a WOFF file holding only a cmap table: a format 4 subtable, a format 12 one, or both.
function toWoff(cmap: Buffer, compress: boolean): Uint8Array {
  const stored = compress ? deflateSync(cmap) : cmap;
  const header = Buffer.alloc(44 + 20);
  header.writeUInt32BE(0x774f4646, 0);
  header.writeUInt16BE(1, 12);
  header.write('cmap', 44, 'latin1');
  header.writeUInt32BE(64, 48);
  header.writeUInt32BE(stored.length, 52);
  header.writeUInt32BE(cmap.length, 56);
  return new Uint8Array(Buffer.concat([header, stored]));
}

function toCmap(subtables: Buffer[]): Buffer {
  const head = Buffer.alloc(4 + subtables.length * 8);
  head.writeUInt16BE(subtables.length, 2);
  let offset = head.length;
  subtables.forEach((table, i) => {
    head.writeUInt16BE(3, 4 + i * 8);
    head.writeUInt16BE(i === 0 ? 1 : 10, 6 + i * 8);
    head.writeUInt32BE(offset, 8 + i * 8);
    offset += table.length;
  });
  return Buffer.concat([head, ...subtables]);
}

// Segments: 'A'–'C' by delta, '利'–'率' through the glyph array (everything between unmapped), then the 0xFFFF end.
function toFormat4(): Buffer {
  const table = Buffer.alloc(14 + 3 * 2 * 4 + 2);
  const [li, lv] = [0x5229, 0x7387];
  table.writeUInt16BE(4, 0);
  table.writeUInt16BE(6, 6);
  [0x43, lv, 0xffff].forEach((end, s) => table.writeUInt16BE(end, 14 + s * 2));
  [0x41, li, 0xffff].forEach((start, s) => table.writeUInt16BE(start, 22 + s * 2));
  [(1 - 0x41) & 0xffff, 0, 1].forEach((delta, s) => table.writeUInt16BE(delta, 28 + s * 2));
  table.writeUInt16BE(4, 34 + 2); // segment 1 reads the glyph array right after the offsets
  const glyphs = Buffer.alloc((lv - li + 1) * 2);
  glyphs.writeUInt16BE(7, 0);
  glyphs.writeUInt16BE(8, (lv - li) * 2);
  return Buffer.concat([table, glyphs]);
}

function toFormat12(): Buffer {
  const table = Buffer.alloc(16 + 12);
  table.writeUInt16BE(12, 0);
  table.writeUInt32BE(1, 12);
  table.writeUInt32BE(0x20000, 16);
  table.writeUInt32BE(0x20002, 20);
  table.writeUInt32BE(10, 24);
  return table;
}

describe('toCodePoints', () => {
  it.each([false, true])('reads format 4 and 12 subtables (compressed: %s)', (compress) => {
    const covered = toCodePoints(toWoff(toCmap([toFormat4(), toFormat12()]), compress));
    expect(covered && [...covered].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x43, 0x5229, 0x7387, 0x20000, 0x20001, 0x20002]);
  });

  it('returns undefined for bytes that are not a WOFF font or are cut short', () => {
    expect(toCodePoints(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(toCodePoints(new TextEncoder().encode('wOFF but not really a font at all, no table'))).toBeUndefined();
    expect(toCodePoints(toWoff(toCmap([toFormat4()]), false).subarray(0, 80))).toBeUndefined();
  });
});

describe('the share-image fonts', () => {
  const covered = new Set<number>();
  for (const file of SHARE_FONT_FILES) {
    for (const code of toCodePoints(readFileSync(path.join(process.cwd(), ...SHARE_FONT_DIR, file))) ?? []) covered.add(code);
  }

  it('draw the seed title, the site name, dates and the symbols headlines use', () => {
    const text = '精耕致远：数禾科技在疫情之下穿越周期的数字小微力量 财经新闻 青岛财经网 2022年4月24日 16:31 A股 & GDP “双十一”？→←↑↓①②③℃‰★☆●■▲≥≤…';
    expect(Array.from(text).filter((char) => !covered.has(char.codePointAt(0) ?? 0))).toEqual([]);
  });
});
