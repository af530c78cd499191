import { expect, test } from '@playwright/test';
import { toPostUrl } from '../lib/site/urls';
import { clickEveryLink, routeOutside } from './click-links';
import { JEKYLL_URL, readFixturePosts } from './jekyll-site';

// Two dozen posts to open, some 0.5 s each here; more on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(({ context }) => routeOutside(context));

test('every body link of the Jekyll site lands where it looks', async ({ page }) => {
  const articles = readFixturePosts().map((post) => ({ url: `${JEKYLL_URL}${toPostUrl(post.slug)}` }));
  // The archive repeats the same few links in every post: each is clicked once.
  const { problems, tally } = await clickEveryLink(page, articles, 'Jekyll site', true);
  expect(problems).toEqual([]);
  expect(tally.internal).toBeGreaterThan(0);
  expect(tally.external).toBeGreaterThan(0);
});
