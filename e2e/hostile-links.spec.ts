import { expect, test } from '@playwright/test';
import { toPostUrl } from '../lib/site/urls';
import { clickEveryLink, routeOutside } from './click-links';
import { HOSTILE_POSTS, toSlug } from './fixtures/hostile/payloads';

// About 60 links, some 0.3 s each here; more on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(({ context }) => routeOutside(context));

test('every body link of the hostile posts lands where it looks', async ({ page }) => {
  const articles = HOSTILE_POSTS.map((post) => ({ url: toPostUrl(toSlug(post)), first: post.first }));
  const { problems, tally } = await clickEveryLink(page, articles, 'hostile posts');
  expect(problems).toEqual([]);
  // The link payloads (hostile-links) must still be there, of both kinds, or this proves nothing.
  expect(tally.internal).toBeGreaterThanOrEqual(30);
  expect(tally.external).toBeGreaterThanOrEqual(20);
});

test('a link whose href the sanitizer dropped reads as plain text, not as a link', async ({ page }) => {
  const post = HOSTILE_POSTS.find((candidate) => candidate.name === 'hostile-links');
  if (!post) throw new Error('hostile-links is not among the hostile posts');
  await page.goto(toPostUrl(toSlug(post)));
  const dead = page.locator('.article-body a:not([href])');
  expect(await dead.count()).toBeGreaterThan(0);
  for (const link of await dead.all()) {
    const style = await link.evaluate((element) => ({
      sameColor: getComputedStyle(element).color === getComputedStyle(element.parentElement ?? element).color,
      line: getComputedStyle(element).textDecorationLine,
    }));
    expect(style).toEqual({ sameColor: true, line: 'none' });
  }
});
