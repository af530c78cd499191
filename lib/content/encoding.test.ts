import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainNotUtf8 } from './encoding';

const malformed = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'malformed');

describe('explainNotUtf8', () => {
  it('names GBK for the committed GBK post', () => {
    expect(explainNotUtf8(readFileSync(path.join(malformed, 'gbk.md')))).toBe(
      'file is not valid UTF-8: it reads as GBK/GB18030 Chinese; save it as UTF-8',
    );
  });

  it('calls a file with NUL bytes binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(explainNotUtf8(png)).toBe('file is not valid UTF-8: it looks like binary data, not a post');
  });

  it('names GBK even when the sample cuts a character in two', () => {
    const gbk = readFileSync(path.join(malformed, 'gbk.md'));
    const long = Buffer.concat(Array.from({ length: 2000 }, () => gbk));
    expect(explainNotUtf8(long)).toContain('GBK/GB18030');
  });

  it('says only "not valid UTF-8" for bytes that are neither', () => {
    expect(explainNotUtf8(Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x80, 0xff, 0xfe, 0x41]))).toBe('file is not valid UTF-8');
  });

  it('does not call Latin-1 text Chinese', () => {
    expect(explainNotUtf8(Buffer.from('---\ntitle: café\n---\n', 'latin1'))).toBe('file is not valid UTF-8');
  });
});
