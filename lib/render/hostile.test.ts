// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { HOSTILE_POSTS, toPayloadList, toPostFile, toShownTitle, toSlug } from '../../e2e/fixtures/hostile/payloads';
import { findDanger, findTexts } from '../__fixtures__/danger';
import { parsePost } from '../content/front-matter';
import { renderBody } from './render';
import { parseSiteConfig } from '../site/site';
import type { Post } from '../types';
import { parseRouteParam, toCategoryUrl, toPostUrl, toTagUrl } from '../site/urls';

const site = parseSiteConfig(undefined).site;
const FIXTURES = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'hostile');
const payloads = toPayloadList();

function renderHtml(markdown: string): string {
  return toHtml(renderBody(markdown, { legacyHosts: ['finews.withounder.com'] }).tree);
}

function parsed(text: string, file = 'hostile.md'): Post {
  const result = parsePost(file, text, site);
  if (!result.ok) throw new Error(`expected a post, got: ${result.issue?.reason ?? "a Jekyll page"}`);
  return result.post;
}

/** One path segment under its prefix that reads back as the original name. */
function expectOwnSegment(url: string, prefix: string, name: string) {
  expect(url.startsWith(prefix)).toBe(true);
  const segment = url.slice(prefix.length);
  expect(segment).toMatch(/^[^/?#\\]+$/);
  expect(segment).not.toMatch(/^(\.|%2e)+$/i);
  expect(parseRouteParam(segment)).toBe(name);
}

describe('the hostile fixture posts', () => {
  it('hold more than 60 distinct payloads, none twice', () => {
    const texts = payloads.map((payload) => payload.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HOSTILE_POSTS.map((post) => [post.name, post] as const))('%s.md is written from the list', (name, post) => {
    expect(readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8')).toBe(toPostFile(post));
  });
});

describe('renderBody: every body payload is harmless, and the text around it stays', () => {
  it.each(payloads.filter((payload) => payload.field === 'body').map((payload) => [payload.text, payload.post]))(
    '%j (%s)',
    (payload) => {
      const html = renderHtml(`正文开头。\n\n${payload}\n\n正文结尾。\n\n<p>真正的最后一段。</p>\n`);
      expect(findDanger(html, { body: true })).toEqual([]);
      expect(findTexts(html, 'p')).toEqual(expect.arrayContaining(['正文开头。', '正文结尾。', '真正的最后一段。']));
    },
  );
});

describe('renderBody: each hostile post as a whole', () => {
  it.each(HOSTILE_POSTS.map((post) => [post.name, post] as const))('%s renders its first and last paragraphs and nothing dangerous', (_, post) => {
    const html = renderHtml(parsed(toPostFile(post), `${post.name}.md`).body);
    expect(findDanger(html, { body: true })).toEqual([]);
    const paragraphs = findTexts(html, 'p');
    expect(paragraphs[0]).toBe(post.first);
    expect(paragraphs.at(-1)).toBe(post.last);
  });
});

describe('parsePost: payloads in front matter stay text, and URLs stay on the site', () => {
  it.each(HOSTILE_POSTS.map((post) => [post.name, post] as const))('%s', (_, post) => {
    const result = parsed(toPostFile(post), `${post.name}.md`);
    expect(result.title).toBe(toShownTitle(post));
    expect(result.slug).toBe(toSlug(post));
    expect(result.categories).toEqual([post.category]);
    expect(result.tags).toEqual(post.tags);
    if (result.source !== undefined) expect(result.source).toMatch(/^https?:\/\/[^\s/]/);
    expectOwnSegment(toPostUrl(result.slug), '/posts/', result.slug);
    for (const tag of result.tags) expectOwnSegment(toTagUrl(tag), '/tags/', tag);
    for (const category of result.categories) expectOwnSegment(toCategoryUrl(category), '/category/', category);
  });

  // Every payload, body ones too, tried in each text field.
  it.each(payloads.map((payload) => [payload.text]))('%j as title, tag, category, description and source', (text) => {
    const quoted = JSON.stringify(text);
    const post = parsed(`---\ntitle: ${quoted}\ndate: 2019-06-01\ncategory: ${quoted}\ntag: ${quoted}\ndescription: ${quoted}\nsource: ${quoted}\n---\n正文。\n`);
    expect(post.title).toBe(decodeHTML(text.trim()).trim());
    expect(post.description).toBe(decodeHTML(text.trim()));
    expect(post.tags).toEqual([text.trim()]);
    if (post.source !== undefined) expect(post.source).toMatch(/^https?:\/\/[^\s/]/);
    expectOwnSegment(toTagUrl(text.trim()), '/tags/', text.trim());
  });

  it.each(payloads.map((payload) => [payload.text]))('%j as slug: refused with a reason, or one URL segment', (text) => {
    const result = parsePost('hostile.md', `---\ntitle: 标题\ndate: 2019-06-01\nslug: ${JSON.stringify(text)}\n---\n正文。\n`, site);
    if (result.ok) expectOwnSegment(toPostUrl(result.post.slug), '/posts/', result.post.slug);
    else expect(result.issue?.reason ?? "a Jekyll page").toMatch(/^slug '.*' (contains|is only dots)/s);
  });
});
