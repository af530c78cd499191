// The jekyll shape's sources (the archive's categories): invented outlet names and their pinyin slugs.
import { pick } from './rng.mjs';

export const EMNEWS = { slug: 'emnews', name: '东财滚动新闻' };

// Source names are built from these words; the slug is their pinyin run together, as upstream's xpinyin did.
const PLACES = [['华东', 'huadong'], ['华南', 'huanan'], ['华北', 'huabei'], ['江南', 'jiangnan'], ['岭南', 'lingnan'], ['齐鲁', 'qilu'],
  ['燕赵', 'yanzhao'], ['巴蜀', 'bashu'], ['三秦', 'sanqin'], ['荆楚', 'jingchu'], ['八闽', 'bamin'], ['吴越', 'wuyue'], ['湖湘', 'huxiang'],
  ['中原', 'zhongyuan'], ['东海', 'donghai'], ['南海', 'nanhai'], ['渤海', 'bohai'], ['黄海', 'huanghai'], ['长江', 'changjiang'],
  ['珠江', 'zhujiang'], ['黄河', 'huanghe'], ['天府', 'tianfu'], ['京华', 'jinghua'], ['沪上', 'hushang'], ['鹭岛', 'ludao'],
  ['海峡', 'haixia'], ['北方', 'beifang'], ['西部', 'xibu'], ['环球', 'huanqiu'], ['全球', 'quanqiu'], ['滨海', 'binhai'], ['春城', 'chuncheng']];
const FIELDS = [['财经', 'caijing'], ['金融', 'jinrong'], ['证券', 'zhengquan'], ['经济', 'jingji'], ['商业', 'shangye'], ['产业', 'chanye'],
  ['投资', 'touzi'], ['理财', 'licai'], ['基金', 'jijin'], ['期货', 'qihuo'], ['资本', 'ziben'], ['科技', 'keji'], ['能源', 'nengyuan'],
  ['地产', 'dichan'], ['汽车', 'qiche'], ['消费', 'xiaofei'], ['贸易', 'maoyi'], ['保险', 'baoxian'], ['银行', 'yinhang'], ['财富', 'caifu'],
  ['市场', 'shichang'], ['创投', 'chuangtou'], ['航运', 'hangyun'], ['农业', 'nongye'], ['医药', 'yiyao']];
const OUTLETS = [['日报', 'ribao'], ['晚报', 'wanbao'], ['周刊', 'zhoukan'], ['时报', 'shibao'], ['网', 'wang'], ['观察', 'guancha'],
  ['评论', 'pinglun'], ['快讯', 'kuaixun'], ['在线', 'zaixian'], ['导报', 'daobao'], ['频道', 'pindao'], ['客户端', 'kehuduan'],
  ['研究', 'yanjiu'], ['参考', 'cankao'], ['头条', 'toutiao'], ['速递', 'sudi'], ['视野', 'shiye'], ['之声', 'zhisheng'],
  ['新闻', 'xinwen'], ['资讯', 'zixun'], ['早知道', 'zaozhidao']];
const BRANCHES = [['香港', 'xianggang'], ['上海', 'shanghai'], ['深圳', 'shenzhen'], ['北京', 'beijing'], ['新加坡', 'xinjiapo'], ['澳门', 'aomen'], ['海外', 'haiwai']];
const LATIN = ['FinTech', 'MarketWire', 'DataView', 'BizLab', 'QuantHub', 'CapitalNow', 'TradeLink', 'EcoWatch', 'MoneyPlus', 'DealFlow',
  'AlphaNote', 'ChinaBiz', 'TechFeed', 'NewsDeck'];
const CAPS = ['ESG', 'TMT', 'IPO', 'FX', 'VC', 'PE', 'APP', 'ETF', 'AI', 'EV', 'CBD', 'REITs'];
const NUMBERS = ['7', '20', '21', '24', '36', '88', '99', '365'];
// The first sources cover every messy kind, so even the smallest site has one of each.
const KIND_ORDER = ['space1', 'space2', 'paren', 'latin', 'twin', 'digits'];
// Words YAML (Ruby's or js-yaml's) would read as something other than a string.
const YAML_SPECIAL = /^(?:[-+]?[\d._]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|true|false|null|yes|no|on|off|y|n|~)$/i;

export function toSourceCount(count) {
  return Math.min(2000, Math.max(20, Math.floor(count / 50)));
}

const joinParts = (parts) => [parts.map(([zh]) => zh).join(''), parts.map(([, py]) => py).join('')];

function makePlainName(rng) {
  const roll = rng();
  if (roll < 0.35) return joinParts([pick(rng, PLACES), pick(rng, FIELDS)]);
  if (roll < 0.55) return joinParts([pick(rng, FIELDS), pick(rng, OUTLETS)]);
  return joinParts([pick(rng, PLACES), pick(rng, FIELDS), pick(rng, OUTLETS)]);
}

function makeLatinName(rng) {
  const latin = pick(rng, LATIN);
  const caps = pick(rng, CAPS);
  const roll = rng();
  if (roll < 0.4) return joinParts([[latin, latin], pick(rng, OUTLETS)]);
  if (roll < 0.7) return joinParts([pick(rng, FIELDS), [caps, caps]]);
  return roll < 0.85 ? [caps, caps] : [latin, latin];
}

/** [Chinese name, slug] of one source; a twin gives two names differing only in the case of a Latin word. */
function makeSourceNames(rng, kind) {
  switch (kind) {
    case 'latin': return [makeLatinName(rng)];
    case 'digits': {
      const digits = pick(rng, NUMBERS);
      return [joinParts([[digits, digits], pick(rng, FIELDS), ...(rng() < 0.4 ? [pick(rng, OUTLETS)] : [])])];
    }
    case 'space1':
    case 'space2': {
      const gap = kind === 'space1' ? ' ' : '  ';
      const [firstZh, firstPy] = makePlainName(rng);
      const [secondZh, secondPy] = rng() < 0.5 ? makePlainName(rng) : makeLatinName(rng);
      return [[`${firstZh}${gap}${secondZh}`, `${firstPy}${gap}${secondPy}`]];
    }
    case 'paren': {
      const [baseZh, basePy] = joinParts([pick(rng, PLACES), ...(rng() < 0.4 ? [['国际', 'guoji']] : []), rng() < 0.6 ? ['证券', 'zhengquan'] : pick(rng, FIELDS)]);
      const [branchZh, branchPy] = pick(rng, BRANCHES);
      return [[`${baseZh}(${branchZh})`, `${basePy}(${branchPy})`]];
    }
    case 'twin': {
      const latin = pick(rng, LATIN);
      const [outletZh, outletPy] = rng() < 0.5 ? pick(rng, OUTLETS) : ['', ''];
      const lower = `${latin[0]}${latin.slice(1).toLowerCase()}`;
      return [[`${latin}${outletZh}`, `${latin}${outletPy}`], [`${lower}${outletZh}`, `${lower}${outletPy}`]];
    }
    default: return [makePlainName(rng)];
  }
}

function rollSourceKind(rng) {
  const roll = rng();
  if (roll < 0.04) return 'space1';
  if (roll < 0.05) return 'space2';
  if (roll < 0.08) return 'paren';
  if (roll < 0.16) return 'latin';
  if (roll < 0.17) return 'twin';
  if (roll < 0.22) return 'digits';
  return 'plain';
}

/** `wanted` distinct sources besides emnews; names end in 新闻 like upstream's tags (so 新闻新闻 happens too). */
export function makeSources(rng, wanted) {
  const sources = [];
  const slugs = new Set([EMNEWS.slug]);
  const names = new Set([EMNEWS.name]);
  for (let attempt = 0; sources.length < wanted; attempt += 1) {
    if (attempt > wanted * 50) throw new Error(`gen-posts: could not invent ${wanted} distinct sources`);
    let kind = KIND_ORDER[sources.length] ?? rollSourceKind(rng);
    if (kind === 'twin' && wanted - sources.length < 2) kind = 'plain';
    const made = makeSourceNames(rng, kind).map(([media, slug]) => ({ slug, name: `${media}新闻`, media }));
    const fresh = made.every((source) => !slugs.has(source.slug) && !names.has(source.name) && !YAML_SPECIAL.test(source.slug));
    if (!fresh) continue;
    for (const source of made) {
      slugs.add(source.slug);
      names.add(source.name);
      sources.push(source);
    }
  }
  return sources;
}
