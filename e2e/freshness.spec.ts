import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The e2e server reads this copy of the posts (see scripts/test/e2e-server.sh).
const postsDir = path.resolve(process.env.E2E_DIR ?? '.e2e', 'posts');

function post(title: string): string {
  return `---\ntitle: "${title}"\ndate: 2025-12-30 08:00:00 +0800\ncategories: hongguan\ntags: 新鲜标签\n---\n<p>${title}的正文。</p>\n`;
}

async function bodyOf(request: import('@playwright/test').APIRequestContext, url: string) {
  const response = await request.get(url);
  return { status: response.status(), text: await response.text() };
}

test('a post added, edited, broken and deleted shows up on the running server without a rebuild', async ({ request }) => {
  test.setTimeout(90_000);
  const file = path.join(postsDir, 'live-fresh-post.md');
  const poll = { timeout: 15_000, intervals: [250] };

  // Written to a temporary name, then renamed: the habit the README recommends.
  await fs.writeFile(`${file}.tmp`, post('刚刚发布的快讯'));
  await fs.rename(`${file}.tmp`, file);
  for (const url of ['/', '/category/hongguan', `/tags/${encodeURIComponent('新鲜标签')}`, '/posts/live-fresh-post']) {
    await expect.poll(async () => (await bodyOf(request, url)).text.includes('刚刚发布的快讯'), { ...poll, message: url }).toBe(true);
  }

  await fs.writeFile(file, post('改过标题的快讯'));
  await expect.poll(async () => (await bodyOf(request, '/posts/live-fresh-post')).text.includes('改过标题的快讯'), poll).toBe(true);

  // A half-written file keeps the last good version on the page.
  await fs.writeFile(file, '---\ntitle: [写了一半\n');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const during = await bodyOf(request, '/posts/live-fresh-post');
  expect(during.status).toBe(200);
  expect(during.text).toContain('改过标题的快讯');

  await fs.rm(file);
  await expect.poll(async () => (await bodyOf(request, '/posts/live-fresh-post')).status, poll).toBe(404);
  await expect.poll(async () => (await bodyOf(request, '/')).text.includes('改过标题的快讯'), poll).toBe(false);
});
