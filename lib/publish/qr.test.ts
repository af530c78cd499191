import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { toQrCode } from './qr';

function toGrid(code: ReturnType<typeof toQrCode>): boolean[][] {
  const grid = Array.from({ length: code.size }, () => Array<boolean>(code.size).fill(false));
  for (const [, x, y, width] of code.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let i = 0; i < Number(width); i += 1) {
      const row = grid[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return grid;
}

describe('toQrCode', () => {
  it('draws exactly the modules of the QR code for the URL, inside a quiet zone', () => {
    const url = 'https://finews.example.com/posts/000_52a2a947919bd700';
    const code = toQrCode(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(code.size).toBe(modules.size + 4);
    const grid = toGrid(code);
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        expect(grid[row + 2]?.[column + 2]).toBe(Boolean(modules.get(row, column)));
      }
    }
    expect(grid[0]?.some(Boolean)).toBe(false);
  });

  it('encodes Chinese paths too', () => {
    expect(toQrCode('https://finews.example.com/posts/%E4%B8%AD%E6%96%87').path).toMatch(/^M/);
  });
});
