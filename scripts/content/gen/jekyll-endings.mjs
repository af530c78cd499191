// The lines after a jekyll post's body: its source URL and the 返回 links upstream's generators wrote.
import { LEGACY_HOST, SOURCE_BASE } from './default-words.mjs';
import { pick } from './rng.mjs';

export const OLD_HOST = 'finews.zning.me';
const NEWS_COLUMNS = [['finance', 1344], ['finance', 1345], ['finance', 1350], ['stock', 1354], ['stock', 2031], ['hk', 2033]];
const BACK_FORMS = [['slash', 0.3], ['zning', 0.15], ['up', 0.15], ['here', 0.08], ['slashTwo', 0.05], ['category', 0.1], ['none', 0.17]];

export function renderSourceLine(rng, plan) {
  if (plan.odd) return '<>';
  if (plan.role === 'nw') return `<${SOURCE_BASE}${plan.code}>`;
  const [host, column] = plan.role === 'emnews' ? ['finance', 1344] : pick(rng, NEWS_COLUMNS);
  return `<http://${host}.eastmoney.com/news/${column},${plan.code}.html>`;
}

/** Every 返回 form upstream used; spaced slugs get only the category form, its URL in <…> so the link stays one. */
export function renderBackLinks(rng, source, role) {
  const { slug, name } = source;
  let form = 'none';
  if (role === 'nw') form = rng() < 0.8 ? 'category' : 'none';
  else {
    let roll = rng();
    for (const [candidate, weight] of BACK_FORMS) {
      form = candidate;
      roll -= weight;
      if (roll < 0) break;
    }
  }
  if (slug.includes(' ') && form !== 'none') form = 'category';
  const home = `[返回首页](//${LEGACY_HOST}/)`;
  switch (form) {
    case 'slash': return `[返回${name}](//${LEGACY_HOST}/${slug}/)｜${home}`;
    case 'slashTwo': return `[返回${name}](//${LEGACY_HOST}/${slug}/)\n${home}`;
    case 'zning': return `[返回${name}](//${OLD_HOST}/${slug}/)\n[返回首页](//${OLD_HOST}/)`;
    case 'up': return `[返回${name}](../${slug}/)\n[返回首页](../)`;
    case 'here': return `[返回${name}](./${slug}/)\n[返回首页](./)`;
    case 'category': {
      const url = `//${LEGACY_HOST}/category/${slug}.html`;
      return `[返回${name}](${slug.includes(' ') ? `<${url}>` : url})｜${home}`;
    }
    default: return '';
  }
}
