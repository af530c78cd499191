// Chinese has no spaces between words, so text is indexed as overlapping character pairs
// (小微企业 → 小微 微企 企业): a query's pairs all present means its phrase very likely is.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /\p{Script=Han}/u;

/** Normalized runs of Han characters or of letters and digits; everything else separates them. */
export function toRuns(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUNS) ?? [];
}

/** Index terms of a text: Han bigrams (a lone Han character stays a unigram) and whole Latin words or numbers. */
export function toTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of toRuns(text)) {
    if (!HAN.test(run)) {
      terms.push(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) terms.push(run);
    for (let i = 0; i + 1 < chars.length; i += 1) terms.push(`${chars[i]}${chars[i + 1]}`);
  }
  return terms;
}

/** A lone Han character matches any pair that starts with it, so 涨 finds 上涨 too. */
export function isSingleHan(term: string): boolean {
  return term.length === 1 && HAN.test(term);
}
