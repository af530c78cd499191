// --shape jekyll: a Jekyll site shaped like the real archive, zning1994/finews (see scratch/upstream-shapes.md).
// This file plans it: the sources and topics a site draws from, and each post's role, date, code and path.
import { DAY_MS, pad } from './calendar.mjs';
import { EMNEWS, makeSources, toSourceCount } from './jekyll-sources.mjs';
import { TOPIC_SHARE, TOPIC_SKEW, TOPICS, toTopicCount } from './jekyll-topics.mjs';
import { mulberry32, pickRank, shuffle, toPostSeed } from './rng.mjs';

const JEKYLL_FIRST_DAY = Date.UTC(2021, 11, 1);
// Through 2022-06-12: the archive stops in June 2022.
const JEKYLL_DAY_COUNT = (Date.UTC(2022, 5, 13) - JEKYLL_FIRST_DAY) / DAY_MS;
export const FIRST_2022_DAY = (Date.UTC(2022, 0, 1) - JEKYLL_FIRST_DAY) / DAY_MS;
// The archive's mover keeps three days in _posts/ and moves the rest to old_post/.
const NEW_DAYS = 3;
const EMNEWS_SHARE = 0.4;
const NW_SHARE = 0.15;
const PAIR_RATE = 0.0008;
const ODD_RATE = 0.0003;
// Salts keep the site's streams apart from each other and from the default shape's.
const WORLD_SALT = 0x51ed2701;
const OWN_SALT = 0x2f6a1b3c;
const ARTICLE_SALT = 0x6c8e9cf5;
const PAIR_SALT = 0x1b873593;
const TOPIC_SALT = 0x3c6ef372;

/** Everything shared by a site's posts: its sources with Zipf weights, and where the forced oddities go. */
export function buildWorld(seed, count) {
  const rng = mulberry32(toPostSeed(seed ^ WORLD_SALT, 0));
  const sources = makeSources(rng, toSourceCount(count) - 1);
  // A few sources carry most posts and most carry a handful, so "most active" means something.
  const ranked = shuffle(rng, sources);
  const cumulative = [];
  let total = 0;
  for (let rank = 0; rank < ranked.length; rank += 1) {
    total += 1 / (rank + 1);
    cumulative.push(total);
  }
  const forced = count >= 100;
  // Topic weights take no draws from rng, so the sources and oddities are those of a site without topics.
  const topicCumulative = [];
  let topicTotal = 0;
  for (let rank = 0; rank < toTopicCount(count); rank += 1) {
    topicTotal += (rank + 1) ** -TOPIC_SKEW;
    topicCumulative.push(topicTotal);
  }
  return { count, sources: [EMNEWS, ...sources], ranked, cumulative, total, topicCumulative, topicTotal,
    oddIndex: forced ? Math.floor(count / 3) : -1, pairSlot: forced ? Math.floor(count / 10) : -1 };
}

export function pickSource(rng, world) {
  return world.ranked[pickRank(rng, world.cumulative, world.total)];
}

/** The topic word an article's tags carry, if any: its own stream, so both copies of a pair share it and nothing else moves. */
function pickTopic(seed, articleIndex, world) {
  if (world.topicCumulative.length === 0) return undefined;
  const rng = mulberry32(toPostSeed(seed ^ TOPIC_SALT, articleIndex));
  return rng() < TOPIC_SHARE ? TOPICS[pickRank(rng, world.topicCumulative, world.topicTotal)] : undefined;
}

/** Neighbouring posts 2k and 2k+1 may be one article twice: an emnews copy and a source (NW) copy. */
function isPaired(seed, slot, world) {
  if (slot * 2 + 1 >= world.count || slot === world.oddIndex >> 1) return false;
  return slot === world.pairSlot || mulberry32(toPostSeed(seed ^ PAIR_SALT, slot))() < PAIR_RATE;
}

function pickJekyllDay(rng) {
  for (;;) {
    const day = Math.floor(rng() * JEKYLL_DAY_COUNT);
    const weekday = new Date(JEKYLL_FIRST_DAY + day * DAY_MS).getUTCDay();
    if ((weekday !== 0 && weekday !== 6) || rng() >= 0.6) return day;
  }
}

/**
 * The cheap part of a jekyll-shape post (role, date, code, path), also used to find an earlier run's files.
 * `article` draws what a duplicate pair shares (title, date, text); `own` draws how this copy renders it.
 */
export function planJekyllPost(seed, index, world) {
  const slot = Math.floor(index / 2);
  const paired = isPaired(seed, slot, world);
  const articleIndex = paired ? slot * 2 : index;
  const own = mulberry32(toPostSeed(seed ^ OWN_SALT, index));
  const article = mulberry32(toPostSeed(seed ^ ARTICLE_SALT, articleIndex));
  let role;
  let odd = false;
  if (paired) role = index === articleIndex ? 'emnews' : 'nw';
  else if (index === world.oddIndex) [role, odd] = ['emnews', true];
  else {
    const roll = own();
    role = roll < EMNEWS_SHARE ? 'emnews' : roll < EMNEWS_SHARE + NW_SHARE ? 'nw' : 'other';
    odd = role !== 'nw' && own() < ODD_RATE;
  }
  const dayIndex = pickJekyllDay(article);
  const day = new Date(JEKYLL_FIRST_DAY + dayIndex * DAY_MS);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  // 48271 is prime to 10^8, so article numbers never repeat below 10^8 posts.
  const serial = 2_200_000_000 + ((articleIndex * 48_271 + (seed % 100_000_000)) % 100_000_000);
  const code = `${ymd.replaceAll('-', '')}${serial}`;
  // The no-date file stayed in _posts/: the mover could not read its date.
  const folder = odd || dayIndex >= JEKYLL_DAY_COUNT - NEW_DAYS ? '_posts' : 'old_post';
  const name = odd ? `-${code}.md` : `${ymd}-${role === 'nw' ? 'NW' : ''}${code}.md`;
  const topic = pickTopic(seed, articleIndex, world);
  return { own, article, role, odd, dayIndex, day, ymd, code, topic, relPath: `${folder}/${name}` };
}
