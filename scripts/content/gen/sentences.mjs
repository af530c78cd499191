// Filling templates from a post's context, shared by both shapes.
import { CATEGORIES } from './default-categories.mjs';
import { AREAS, CITIES, COMMODITIES, CURRENCIES, INDEXES, INDUSTRIES, PRODUCTS, QUARTERS, SECTORS, SENTENCES, SLOTS } from './default-words.mjs';
import { pick, shuffle } from './rng.mjs';

export const CONTEXT_KEYS = ['city', 'area', 'industry', 'sector', 'product', 'commodity', 'currency', 'index', 'year', 'month', 'prevMonth', 'quarter'];

/** Throws if a template names a slot `isKnown` rejects. */
export function checkSlots(templates, isKnown) {
  for (const template of templates) {
    for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
      if (!isKnown(key)) throw new Error(`gen-posts: unknown slot {${key}} in "${template}"`);
    }
  }
}

// Fails at load, not deep into a long run, if a template names a slot nobody fills.
checkSlots([...Object.values(SENTENCES).flat(), ...CATEGORIES.flatMap((category) => category.titles.map(([, title]) => title))],
  (key) => CONTEXT_KEYS.includes(key) || key in SLOTS);

export function fill(template, ctx, rng) {
  return template.replace(/\{(\w+)\}/g, (_, key) => ctx[key] ?? SLOTS[key](rng, ctx));
}

export function toContext(rng, plan) {
  const [index, indexLow, indexHigh] = pick(rng, INDEXES);
  const { year, month } = plan.date;
  return {
    city: plan.category.slug === 'qingdaocaijingwang' ? '青岛' : pick(rng, CITIES),
    area: pick(rng, AREAS), industry: pick(rng, INDUSTRIES), sector: pick(rng, SECTORS), product: pick(rng, PRODUCTS),
    commodity: pick(rng, COMMODITIES), currency: pick(rng, CURRENCIES), index, indexLow, indexHigh,
    year: String(year), month: String(month), prevMonth: String(month === 1 ? 12 : month - 1), quarter: QUARTERS[month - 1],
  };
}

/** Deals sentence templates without repeats: the category's topics and general ones first, then every other topic. */
export function toSentenceDealer(rng, category) {
  const own = [...category.topics.flatMap((topic) => SENTENCES[topic]), ...SENTENCES.general];
  const others = Object.entries(SENTENCES)
    .filter(([topic]) => topic !== 'closing' && topic !== 'general' && !category.topics.includes(topic))
    .flatMap(([, list]) => list);
  let deck = shuffle(rng, own);
  let spare = shuffle(rng, others);
  return () => {
    if (deck.length === 0 && spare.length > 0) [deck, spare] = [spare, []];
    if (deck.length === 0) deck = shuffle(rng, own);
    return deck.pop();
  };
}

export function makeParagraph(rng, ctx, sentenceCount, deal) {
  let text = '';
  for (let n = 0; n < sentenceCount; n += 1) text += fill(deal(), ctx, rng);
  return text;
}
