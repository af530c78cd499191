import { HOURS, pad } from './calendar.mjs';
import { pickCategory } from './default-categories.mjs';
import { makeArticle } from './jekyll-article.mjs';
import { renderArticle } from './jekyll-bodies.mjs';
import { renderBackLinks, renderSourceLine } from './jekyll-endings.mjs';
import { FIRST_2022_DAY, pickSource } from './jekyll-plan.mjs';
import { EMNEWS } from './jekyll-sources.mjs';
import { COMPANIES, COMPANY_TITLES, fillJekyll } from './jekyll-stocks.mjs';
import { int, pick } from './rng.mjs';
import { fill, makeParagraph, toContext, toSentenceDealer } from './sentences.mjs';

/** One jekyll-shape post's text: `article` draws what both copies of a pair share, `own` how this copy renders it. */
export function renderJekyllPost(plan, world) {
  const { own, article, role, odd, dayIndex, day } = plan;
  const time = `${pad(pick(article, HOURS))}:${pad(int(article, 0, 59))}:${pad(int(article, 0, 59))}`;
  // The first generator wrote no zone; the rest wrote +0800.
  const zoneless = article() < (dayIndex < 14 ? 0.6 : 0.03);
  const origin = pickSource(article, world);
  const topic = pickCategory(article);
  const ctx = { ...toContext(article, { category: topic, date: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 } }), code: plan.code };
  const lead = article() < 0.3 ? pick(article, COMPANIES) : undefined;
  const title = lead ? fillJekyll(pick(article, COMPANY_TITLES), ctx, article, { company: lead.name }) : fill(pick(article, topic.titles)[1], ctx, article);
  const deal = toSentenceDealer(article, topic);
  const digest = makeParagraph(article, ctx, int(article, 2, 4), deal);

  const source = role === 'emnews' ? EMNEWS : origin;
  const date = odd ? ' +0800' : `${plan.ymd} ${time}${zoneless ? '' : ' +0800'}`;
  const front = ['---', 'layout: post', `title: "${odd ? '' : title}"`, `date: ${date}`, `categories: ${source.slug}`, `tags: ${source.name}${plan.topic ? ` ${plan.topic}` : ''}`, '---'].join('\n');
  const style = role === 'nw' ? 'nw' : own() < (dayIndex < FIRST_2022_DAY ? 0.85 : 0.08) ? 'digest' : 'em';
  let body;
  if (style === 'digest') body = `\n${own() < 0.05 ? `${digest}${digest}` : digest}`;
  else {
    const items = makeArticle(article, ctx, deal, topic, lead);
    const html = renderArticle(own, items, ctx, origin.media, style === 'em');
    body = style === 'em' ? `> ${digest}\n\n${html}` : html;
  }
  const sourceLine = renderSourceLine(own, plan);
  const back = renderBackLinks(own, source, role);
  const blankFirst = own() < 0.1 ? '\n' : '';
  const finalNewline = own() < 0.15 ? '\n' : '';
  return `${blankFirst}${front}\n${body}\n\n${sourceLine}${back ? `\n\n${back}` : ''}${finalNewline}`;
}
