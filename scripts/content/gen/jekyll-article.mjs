import { GENERAL_HEADS, SENTENCES } from './default-words.mjs';
import { COMPANIES, makeStockSentence } from './jekyll-stocks.mjs';
import { int, pick } from './rng.mjs';
import { fill } from './sentences.mjs';

/** The article's text as paragraphs of segments, headings, K-line blocks and pictures: 1 to 10 KB once rendered. */
export function makeArticle(rng, ctx, deal, topic, lead) {
  const target = 1000 + Math.floor(8400 * rng() ** 3);
  const heads = [...topic.heads, ...GENERAL_HEADS];
  const items = [];
  let bytes = 0;
  let sinceHead = 0;
  while (bytes < target) {
    if (items.length >= 2 && sinceHead >= 2 && rng() < 0.25) {
      const text = pick(rng, heads);
      items.push({ kind: 'head', text, space: rng() < 0.2 });
      bytes += Buffer.byteLength(text) + 30;
      sinceHead = 0;
      continue;
    }
    const sentences = Array.from({ length: int(rng, 2, 4) }, () => fill(deal(), ctx, rng));
    const first = items.length === 0;
    const segments = [];
    let companies = [];
    if ((first && lead) || rng() < 0.4) {
      const stock = makeStockSentence(rng, ctx, first ? lead : undefined);
      const at = int(rng, 0, sentences.length);
      segments.push(sentences.slice(0, at).join(''), ...stock, sentences.slice(at).join(''));
      companies = stock.filter((segment) => typeof segment !== 'string');
    } else segments.push(sentences.join(''));
    const size = segments.reduce((sum, segment) => sum + (typeof segment === 'string' ? Buffer.byteLength(segment) : 240), 7);
    if (bytes + size > 9800) break;
    items.push({ kind: 'text', segments });
    bytes += size;
    sinceHead += 1;
    if (companies.length > 0 && rng() < 0.15) {
      const shown = rng() < 0.15 ? companies.concat(pick(rng, COMPANIES)) : companies.slice(0, 1);
      items.push({ kind: 'kline', companies: shown });
      bytes += 560 * shown.length;
    } else if (rng() < 0.02) {
      items.push({ kind: 'picture', company: pick(rng, COMPANIES), file: `D${int(rng, 10_000_000, 99_999_999)}${int(rng, 1_000_000, 9_999_999)}_w800h${int(rng, 400, 600)}` });
      bytes += 260;
    }
  }
  items.push({ kind: 'text', segments: [`${fill(deal(), ctx, rng)}${fill(pick(rng, SENTENCES.closing), ctx, rng)}`] });
  return items;
}
