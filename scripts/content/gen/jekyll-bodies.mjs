// An article's items as eastmoney-style HTML; the emnews copy links stocks and keywords, the NW copy does not.
import { SECTORS } from './default-words.mjs';

const INFO_KEYS = [['业绩', 'http://data.eastmoney.com/bbsj/', 3321], ['基金', 'http://fund.eastmoney.com/trade/default.html', 3410],
  ['增持', 'http://data.eastmoney.com/gstz/detail.aspx?type=1', 3552], ['研报', 'http://data.eastmoney.com/report/', 3617]];

function toStockLink(company) {
  const { name, market, code, nid } = company;
  const quote = `http://quote.eastmoney.com/unify/r/${nid}`;
  if (market === '106') return `<span web="1" href="${quote}" class="em_stock_key_common" data-code="${market},${code}">${name}</span>`;
  const link = `<a href="${quote}" class="keytip" data-code="${market},${code}">${name}</a>`;
  if (market === '116') return `<span id="Info.${nid}">${link}</span>`;
  return `<span id="stock_${nid}">${link}</span><span id="quote_${nid}"></span>`;
}

function toKline(company) {
  const { nid, code } = company;
  return '<p style="display:none;height:1px;overflow:hidden;"><br /></p><!-- EM_StockImg_Start --><p style="text-align:center;">'
    + `<a href="http://quote.eastmoney.com/unify/r/${nid}" class="EmImageRemark" target="_blank">`
    + `<img src="https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid=${nid}&imageType=k" border="0" alt="K图 ${code}_0" style="border:#d1d1d1 1px solid;" width="578" height="276" />`
    + '</a></p><!-- EM_StockImg_End -->';
}

function toSectorLink(sector) {
  const id = `90.BK0${400 + SECTORS.indexOf(sector) * 13}`;
  return `<span id="bk_${id}"><a href="http://quote.eastmoney.com/unify/r/${id}" class="keytip" data-code="90,${id.slice(3)}">${sector}</a></span><span id="bkquote_${id}"></span>`;
}

/** Links one keyword of the paragraph's plain text, as eastmoney's pages do. */
function linkKeyword(rng, text, ctx) {
  if (rng() < 0.15 && text.includes(ctx.sector)) return text.replace(ctx.sector, toSectorLink(ctx.sector));
  if (rng() < 0.12) {
    const found = INFO_KEYS.find(([word]) => text.includes(word));
    if (found) return text.replace(found[0], `<span id="Info.${found[2]}"><a href="${found[1]}" class="infokey">${found[0]}</a></span>`);
  }
  return text;
}

/** One item as HTML: `linked` is the emnews copy, with stock and keyword links; the NW copy keeps names as text. */
function renderItem(rng, item, ctx, linked) {
  switch (item.kind) {
    case 'head': return `<p><strong>${item.text}${item.space ? ' ' : ''}</strong></p>`;
    case 'kline': return item.companies.map(toKline).join('');
    case 'picture':
      return `<center><img src="https://dfscdn.dfcfw.com/download/${item.file}.jpg" alt="Image" width="552" style="border:#d1d1d1 1px solid;padding:3px;margin:5px 0;" /></center>`
        + `<p style="text-align:center;">图片来源：${item.company.name}官网</p>`;
    default: {
      let text = item.segments.map((segment) => (typeof segment !== 'string' ? (linked ? toStockLink(segment) : segment.name) : linked ? linkKeyword(rng, segment, ctx) : segment)).join('');
      if (linked && rng() < 0.04) text += `（<a href="https://finance.eastmoney.com/a/${ctx.code}.html">点击阅读报告全文</a>）`;
      return `<p>${text}</p>`;
    }
  }
}

export function renderArticle(rng, items, ctx, media, linked) {
  // Most copies keep the page's HTML on one line; some NW copies break it between paragraphs.
  const separator = !linked && rng() < 0.25 ? '\n ' : '';
  return `${items.map((item) => renderItem(rng, item, ctx, linked)).join(separator)}${separator}<p class="em_media">（文章来源：${media}）</p>`;
}
