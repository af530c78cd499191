// Invented listed companies and the templates that name them, for the jekyll shape's articles.
import { SLOTS } from './default-words.mjs';
import { int, mulberry32, num, pick } from './rng.mjs';
import { CONTEXT_KEYS, checkSlots } from './sentences.mjs';

const BRAND_A = ['恒', '远', '鼎', '泰', '嘉', '宏', '盛', '信', '通', '安', '博', '联', '创', '伟', '润', '德', '元', '宇', '汇', '腾', '晟', '昊', '铭', '卓', '睿', '峰', '澜', '翔', '凯', '沐'];
const BRAND_B = ['兴', '源', '科', '丰', '诚', '合', '光', '邦', '拓', '力', '隆', '威', '禾', '川', '景', '然', '岳', '芯', '骏', '泓'];
const COMPANY_KINDS = ['股份', '科技', '电子', '新材', '药业', '集团', '智能', '能源', '环保', '精工', '光电', '生物', '控股', '机械', '化工',
  '食品', '物流', '传媒', '汽车', '电气'];

const STOCK_SENTENCES = [
  '{stock}晚间公告称，公司{quarter}实现营业收入同比增长{pct}，净利润增速快于营收增速。',
  '盘面上，{stock}、{stock}等个股午后快速拉升，板块内多只个股跟涨。',
  '{stock}相关负责人在投资者交流会上表示，公司正在加快新产能建设，预计明年上半年陆续释放。',
  '从机构调研情况看，{stock}近一个月接待了数十家机构，关注点集中在订单和毛利率的变化上。',
  '截至收盘，{stock}报{price}元，全天成交额超过{amount}亿元。',
  '另有消息称，{stock}拟与地方国资共同设立产业基金，重点投向上下游配套环节。',
  '{stock}此前披露，公司已与多家下游客户签订长期供货协议，在手订单较为充足。',
  '在{sector}板块中，{stock}的市值规模居前，其走势常被视为板块情绪的风向标。',
  '根据&lt;{industry}高质量发展行动方案&gt;，{stock}所在的细分领域有望获得更多政策支持。',
];
export const COMPANY_TITLES = [
  '{company}：{quarter}营收同比增长{pct} 新业务贡献明显',
  '{company}拟投资{amount}亿元扩建产能 加码{industry}',
  '{company}盘中涨停 {sector}板块午后集体走强',
  '{company}回应市场传闻：生产经营一切正常',
  '{industry}赛道升温 {company}等公司获机构密集调研',
  '{company}发布年度分红预案 拟每10股派现{price}元',
];
const JEKYLL_SLOTS = {
  price: (rng) => num(rng, 3, 180, 2),
  amount: (rng) => num(rng, 1, 60, 1),
};

checkSlots([...STOCK_SENTENCES, ...COMPANY_TITLES],
  (key) => key === 'stock' || key === 'company' || CONTEXT_KEYS.includes(key) || key in SLOTS || key in JEKYLL_SLOTS);

/** Invented listed companies: A shares (markets 1 and 0), Hong Kong (116) and US (106) ones; the same for every seed. */
function makeCompanies() {
  const rng = mulberry32(0xc0ffee);
  const companies = [];
  const names = new Set();
  const ids = new Set();
  while (companies.length < 300) {
    const name = `${pick(rng, BRAND_A)}${pick(rng, BRAND_B)}${pick(rng, COMPANY_KINDS)}`;
    const roll = rng();
    let market;
    let code;
    if (roll < 0.4) [market, code] = ['1', `${pick(rng, ['600', '601', '603', '605', '688'])}${String(int(rng, 0, 999)).padStart(3, '0')}`];
    else if (roll < 0.8) [market, code] = ['0', `${pick(rng, ['000', '002', '300', '301'])}${String(int(rng, 0, 999)).padStart(3, '0')}`];
    else if (roll < 0.92) [market, code] = ['116', `0${String(int(rng, 1, 9999)).padStart(4, '0')}`];
    else [market, code] = ['106', Array.from({ length: int(rng, 2, 4) }, () => String.fromCharCode(65 + int(rng, 0, 25))).join('')];
    if (names.has(name) || ids.has(`${market}.${code}`)) continue;
    names.add(name);
    ids.add(`${market}.${code}`);
    companies.push({ name, market, code, nid: `${market}.${code}` });
  }
  return companies;
}
export const COMPANIES = makeCompanies();

export function fillJekyll(template, ctx, rng, names = {}) {
  return template.replace(/\{(\w+)\}/g, (_, key) => names[key] ?? ctx[key] ?? (JEKYLL_SLOTS[key] ?? SLOTS[key])(rng, ctx));
}

/** A stock sentence as text segments with the companies between them, so each copy can render them its own way. */
export function makeStockSentence(rng, ctx, lead) {
  const pieces = pick(rng, STOCK_SENTENCES).split('{stock}');
  const segments = [];
  pieces.forEach((piece, i) => {
    if (i > 0) segments.push(i === 1 && lead ? lead : pick(rng, COMPANIES));
    if (piece) segments.push(fillJekyll(piece, ctx, rng));
  });
  return segments;
}
