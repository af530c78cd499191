import { expect, test } from '@playwright/test';

// The malformed files of e2e/fixtures/malformed plus the ones scripts/test/write-malformed-posts.mjs writes.
const CATEGORY = '/category/geshi-ceshi';

const RENDERED = [
  { file: 'bom.md', url: '/posts/bom', title: '开头带字节顺序标记的文章', text: '文件以 UTF-8 字节顺序标记开头，照样应当正常显示。' },
  { file: 'crlf.md', url: '/posts/crlf', title: 'Windows 换行符的文章', text: '这篇文章每一行都以回车换行结尾，照样应当正常显示。' },
  { file: 'dup-slug-a.md', url: '/posts/chongfu-wangzhi', title: '重复网址里排在前面的文章', text: '两篇文章用了同一个网址名，路径排在前面的这篇保留。' },
  { file: 'slug-space.md', url: `/posts/${encodeURIComponent('年终 总结')}`, title: '网址名里有空格的文章', text: '网址名里的空格编码成百分之二十，照样应当能打开。' },
];

// The URL each left-out file would have had, and its title where it has one.
const LEFT_OUT = [
  { file: 'invalid-yaml.md', url: '/posts/invalid-yaml', title: '冒号太多' },
  { file: 'unclosed-front-matter.md', url: '/posts/unclosed-front-matter', title: '前置信息没有结束线' },
  { file: 'empty.md', url: '/posts/empty' },
  { file: 'binary.md', url: '/posts/binary' },
  { file: 'big-post.md', url: '/posts/big-post', title: '十一兆字节的文章' },
  { file: 'gbk.md', url: '/posts/gbk' },
  { file: 'dup-slug-b.md', url: '/posts/dup-slug-b', title: '重复网址里排在后面的文章' },
  { file: 'slug-slash.md', url: `/posts/${encodeURIComponent('年报/全文')}`, title: '网址名里有斜杠' },
  { file: 'slug-slash.md', url: '/posts/slug-slash' },
  { file: 'slug-dots.md', url: '/posts/slug-dots', title: '网址名只有两个点' },
  { file: 'slug-percent.md', url: `/posts/${encodeURIComponent('增长5%')}`, title: '网址名里有百分号' },
  { file: 'slug-percent.md', url: '/posts/slug-percent' },
  { file: 'date-feb-30.md', url: '/posts/date-feb-30', title: '二月三十日的文章' },
  { file: 'date-year-10000.md', url: '/posts/date-year-10000', title: '一万年的文章' },
  { file: 'date-offset-99.md', url: '/posts/date-offset-99', title: '时区偏移九十九小时的文章' },
  { file: 'symlink-outside.md', url: '/posts/symlink-outside', title: '文件夹外面的秘密文章' },
  { file: 'linked-folder/secret-post.md', url: '/posts/secret-post' },
];

test('home, the category and the tag still serve 200 with the malformed files in the folder', async ({ page }) => {
  for (const url of ['/', CATEGORY, `/tags/${encodeURIComponent('格式测试')}`, '/category/hongguan']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
  }
});

test('the category lists the files that render and none that are left out', async ({ page }) => {
  await page.goto(CATEGORY);
  const titles = await page.getByRole('main').locator('h2 a').allTextContents();
  expect(titles.sort()).toEqual(RENDERED.map((post) => post.title).sort());
});

for (const post of RENDERED) {
  test(`${post.file} renders at ${decodeURIComponent(post.url)}`, async ({ page }) => {
    const response = await page.goto(post.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    await expect(page.locator('.article-body')).toHaveText(post.text);
  });
}

test('the list links to the space slug reach its article', async ({ page }) => {
  await page.goto(CATEGORY);
  await page.getByRole('link', { name: '网址名里有空格的文章' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网址名里有空格的文章');
});

for (const post of LEFT_OUT) {
  test(`${post.file} is left out: ${decodeURIComponent(post.url)} is a 404`, async ({ request }) => {
    const response = await request.get(post.url);
    expect(response.status()).toBe(404);
  });
}

test('no left-out title shows anywhere a reader could find it', async ({ page, request }) => {
  const pages = ['/', '/page/2', '/page/3', CATEGORY, `/tags/${encodeURIComponent('格式测试')}`];
  const texts: string[] = [];
  for (const url of pages) {
    const response = await page.goto(url);
    if (response?.status() === 200) texts.push(await page.getByRole('main').innerText());
  }
  expect(texts.length).toBeGreaterThanOrEqual(3);
  for (const { title } of LEFT_OUT) if (title) for (const text of texts) expect(text).not.toContain(title);
  // A word only the post outside the folder holds.
  const search = await (await request.get(`/api/search?q=${encodeURIComponent('紫水晶冰箱')}`)).json();
  expect(search.total).toBe(0);
});
