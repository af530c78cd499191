// Says more than "not UTF-8" when a post file's bytes show what they are. Not yet called:
// lib/content/post-store.ts (parsePostFile) would use it for its 'file is not valid UTF-8' issue.

const gb18030 = new TextDecoder('gb18030', { fatal: true });
// Enough of a file to tell; decoding all of a large one would cost more than the answer is worth.
const SAMPLE_BYTES = 64 * 1024;

/** The reason for a file that is not UTF-8: binary data, GBK/GB18030 Chinese, or neither. */
export function explainNotUtf8(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return 'file is not valid UTF-8: it looks like binary data, not a post';
  try {
    // stream: a character cut at the end of the sample is not an error.
    const text = gb18030.decode(sample, { stream: true });
    if (/\p{Script=Han}/u.test(text) && !/[\u0001-\u0008\u000e-\u001f]/.test(text)) {
      return 'file is not valid UTF-8: it reads as GBK/GB18030 Chinese; save it as UTF-8';
    }
  } catch {
    // Not GB18030 either.
  }
  return 'file is not valid UTF-8';
}
