// One post of the default shape: where it goes, its front matter and its body.
import { DAY_MS, HOURS, pad } from './calendar.mjs';
import { pickCategory } from './default-categories.mjs';
import { GENERAL_HEADS, LEGACY_HOST, MEDIA, SENTENCES, SOURCE_BASE, TAGS } from './default-words.mjs';
import { int, mulberry32, pick, toPostSeed } from './rng.mjs';
import { fill, makeParagraph, toContext, toSentenceDealer } from './sentences.mjs';

// Dates run from 2019-01-01 through 2025-12-31, all in the past.
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAY_COUNT = (Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY_MS;
const BODY_MIN = 2300;
const BODY_MAX = 11_900;

/** Folder layout: year/month (year/month/day for huge corpora) with every 50th post at the top. */
export function toLayout(count) {
  const huge = count > 300_000;
  return { byDay: huge, rootEvery: huge ? 0 : 50 };
}

/** The cheap part of a post (category, date, path), also used to find the files an earlier run wrote. */
export function planPost(seed, index, layout) {
  const rng = mulberry32(toPostSeed(seed, index));
  const category = pickCategory(rng);
  const [stem, titlePattern] = pick(rng, category.titles);
  const day = new Date(FIRST_DAY + Math.floor(rng() * DAY_COUNT) * DAY_MS);
  const date = {
    year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(),
    hour: pick(rng, HOURS), minute: int(rng, 0, 59), second: int(rng, 0, 59),
  };
  const ymd = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const atRoot = layout.rootEvery > 0 && index % layout.rootEvery === 0;
  const folder = atRoot ? '' : `${date.year}/${pad(date.month)}${layout.byDay ? `/${pad(date.day)}` : ''}`;
  const name = `${ymd}-${stem}-${index + 1}.md`;
  return { rng, category, titlePattern, date, ymd, relPath: folder ? `${folder}/${name}` : name };
}

function pickTags(rng, category) {
  const wanted = rng() < 0.3 ? 1 : rng() < 0.65 ? 2 : 3;
  const tags = [];
  while (tags.length < wanted) {
    const tag = rng() < 0.8 ? pick(rng, category.tags) : pick(rng, TAGS);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function formatTaxonomy(rng, slug, tags) {
  const roll = rng();
  const categoryLine = roll < 0.6 ? `categories: ${slug}` : roll < 0.9 ? `categories: [${slug}]` : `category: ${slug}`;
  const style = rng();
  const tagLines = style < 0.45 ? `tags: ${tags.join(' ')}`
    : style < 0.85 ? `tags:\n${tags.map((tag) => `  - ${tag}`).join('\n')}`
      : `tags: [${tags.join(', ')}]`;
  return `${categoryLine}\n${tagLines}`;
}

function makeBody(rng, plan, ctx) {
  const { category, date } = plan;
  const media = category.slug === 'qingdaocaijingwang' && rng() < 0.7 ? '青岛财经网' : pick(rng, MEDIA);
  const code = `${date.year}${pad(date.month)}${pad(date.day)}${pad(date.hour)}${pad(date.minute)}${String(int(rng, 0, 999_999)).padStart(6, '0')}`;
  const tail = `<p class="em_media">（文章来源：${media}）</p>\n\n<${SOURCE_BASE}${code}>\n\n`
    + `[返回${category.name}新闻](//${LEGACY_HOST}/category/${category.slug}.html)｜[返回首页](//${LEGACY_HOST}/)`;
  const r = rng();
  const target = BODY_MIN + Math.floor((BODY_MAX - 600 - BODY_MIN) * r ** 4);
  const heads = [...category.heads, ...GENERAL_HEADS];
  const deal = toSentenceDealer(rng, category);
  const closing = `<p>${makeParagraph(rng, ctx, 1, deal)}${fill(pick(rng, SENTENCES.closing), ctx, rng)}</p>`;
  const lines = [];
  let bytes = Buffer.byteLength(tail) + Buffer.byteLength(closing);
  let sinceHead = 0;
  while (bytes < target) {
    if (lines.length >= 2 && sinceHead >= 2 && rng() < 0.3) {
      const head = `<p><strong>${pick(rng, heads)}</strong></p>`;
      lines.push(head);
      bytes += Buffer.byteLength(head) + 2;
      sinceHead = 0;
      continue;
    }
    let line = `<p>${makeParagraph(rng, ctx, int(rng, 2, 4), deal)}</p>`;
    if (bytes + Buffer.byteLength(line) + 2 > BODY_MAX) line = `<p>${makeParagraph(rng, ctx, 1, deal)}</p>`;
    if (bytes + Buffer.byteLength(line) + 2 > BODY_MAX) break;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 2;
    sinceHead += 1;
  }
  lines.push(closing);
  return `${lines.join('\n ')}${tail}`;
}

export function renderPost(plan) {
  const { rng, category, date, ymd } = plan;
  const ctx = toContext(rng, plan);
  const title = fill(plan.titlePattern, ctx, rng);
  const front = ['---', 'layout: post', `title: "${title}"`,
    `date: ${ymd} ${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)} +0800`,
    formatTaxonomy(rng, category.slug, pickTags(rng, category)), '---'].join('\n');
  return `${front}\n${makeBody(rng, plan, ctx)}`;
}
