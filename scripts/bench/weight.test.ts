import { describe, expect, it } from 'vitest';
import { countLinks, toScriptUrls } from './weight';

describe('toScriptUrls', () => {
  it('lists each script file once, skipping inline scripts and the noModule fallback', () => {
    const html = '<script src="/_next/a.js" async=""></script><script>self.x=1</script><script src="/_next/b.js?v=1&amp;d=2"></script>'
      + '<script src="/_next/polyfill.js" noModule=""></script><script src="/_next/a.js"></script>';
    expect(toScriptUrls(html)).toEqual(['/_next/a.js', '/_next/b.js?v=1&d=2']);
  });
});

describe('countLinks', () => {
  it('counts each <a tag, whatever its attributes, and nothing else that starts with <a', () => {
    expect(countLinks('<a href="/">首页</a><abbr title="x">x</abbr><article><a\nhref="/b">b</a><a class="c" href="/c">c</a></article><aside></aside>')).toBe(3);
    expect(countLinks('<p>none</p>')).toBe(0);
  });
});
