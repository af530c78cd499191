// Writes a deterministic corpus of Jekyll-style posts for tests and benchmarks:
//   node scripts/gen-posts.mjs <dir> <count> [--seed N] [--shape default|jekyll]
// `--shape jekyll` writes a whole Jekyll site shaped like the real archive instead (see the section below).
// The same seed, count and shape always give byte-identical files; every sentence below is written for this script.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

// A stamp's version says which output its files hold. Each shape has its own, so a change to one shape
// leaves the other's cached folders valid: the default shape is still version 1.
const VERSION = 1;
// Jekyll version 2 added topic words to some posts' tags; the file names did not change.
const JEKYLL_VERSION = 2;
const versionOf = (shape) => (shape === 'jekyll' ? JEKYLL_VERSION : VERSION);
// Older versions whose file names this script can still list, so their folders are replaced rather than refused.
const REPLACEABLE = { default: [], jekyll: [1] };
const STAMP_FILE = '.gen-stamp';
const SITE_FILE = '_site.yml';
const LEGACY_HOST = 'finews.withounder.com';
const SOURCE_BASE = 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW';
const MAX_COUNT = 2_000_000;
const DAY_MS = 86_400_000;
// Dates run from 2019-01-01 through 2025-12-31, all in the past.
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAY_COUNT = (Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY_MS;
const BODY_MIN = 2300;
const BODY_MAX = 11_900;
const HOURS = [7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22, 23];

const CITIES = ['青岛', '济南', '烟台', '潍坊', '威海', '日照', '临沂', '淄博', '上海', '深圳', '杭州', '苏州', '成都', '武汉', '西安', '合肥', '宁波', '厦门', '天津', '重庆'];
const AREAS = ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市'];
const INDUSTRIES = ['新能源汽车', '集成电路', '高端装备', '海洋装备', '生物医药', '跨境电商', '冷链物流', '家电制造', '纺织服装', '现代农业', '文化旅游', '软件信息服务', '轨道交通装备', '食品饮料'];
const SECTORS = ['半导体', '券商', '银行', '白酒', '光伏', '医药', '汽车零部件', '消费电子', '有色金属', '煤炭', '电力', '家电', '通信设备', '软件服务'];
const PRODUCTS = ['货币基金', '银行理财', '纯债基金', '指数基金', '增额终身寿险', '大额存单', '养老理财', '储蓄国债'];
const INDEXES = [['上证指数', 2700, 3700], ['深证成指', 8500, 14000], ['创业板指', 1700, 3300], ['科创50', 750, 1450], ['沪深300', 3300, 5600]];
const COMMODITIES = ['沪铜', '沪铝', '螺纹钢', '铁矿石', '原油', '豆粕', '玉米', '沪金', '白银', '橡胶', '生猪', '纯碱'];
const CURRENCIES = ['美元', '欧元', '日元', '港元', '英镑', '澳元'];
const ORGS = ['业内人士', '分析人士', '一位券商首席经济学家', '某国有大行人士', '一位基金经理', '某保险公司相关负责人', '当地商务部门人士', '一位长期跟踪该行业的研究员', '一位资深理财顾问', '某期货公司研究员'];
const MEDIA = ['海岸财经', '半岛财经观察', '港城经济评论', '财经速递', '本网综合', '市场脉搏', '青岛财经网'];
const QUARTERS = ['去年全年', '去年全年', '去年全年', '一季度', '一季度', '一季度', '上半年', '上半年', '上半年', '前三季度', '前三季度', '前三季度'];

const TAGS = ['青岛', '青岛财经网新闻', 'GDP', 'CPI', 'PPI', 'PMI', 'LPR', '货币政策', '财政政策', '专项债', '就业', '外贸',
  'A股', '港股', '科创板', '北交所', '上市公司', 'ETF', '基金', '基金定投', '理财', '个人养老金', '存款', '大额存单', '银行',
  '普惠金融', '小微企业', '数字金融', '保险', '健康险', '房地产', '房贷利率', '汇率', '人民币', '外汇储备', '期货', '黄金',
  '原油', '大宗商品', '制造业', '新能源', '专精特新', '消费', '以旧换新', '文旅', '电商'];

const num = (rng, lo, hi, digits = 1) => (lo + rng() * (hi - lo)).toFixed(digits);
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

// Slots not fixed per post are drawn fresh at each use.
const SLOTS = {
  pct: (rng) => `${num(rng, 0.5, 15)}%`,
  pctSmall: (rng) => `${num(rng, 0.1, 3)}%`,
  pctMid: (rng) => `${num(rng, 5, 15)}%`,
  pp: (rng) => num(rng, 0.1, 2.5),
  gdp: (rng) => `${num(rng, 4.5, 6.5)}%`,
  bp: (rng) => String(pick(rng, [5, 10, 15, 20, 25])),
  yield: (rng) => `${num(rng, 1.6, 3.4, 2)}%`,
  signedPct: (rng) => `${num(rng, -12, 18, 2)}%`,
  turnover: (rng) => String(int(rng, 6000, 20000)),
  fundCount: (rng) => String(int(rng, 200, 600)),
  reserveChange: (rng) => String(int(rng, 20, 400)),
  org: (rng) => pick(rng, ORGS),
  points: (rng, ctx) => num(rng, ctx.indexLow, ctx.indexHigh, 2),
  mood: (rng) => pick(rng, ['集体收涨', '震荡分化', '小幅回调', '探底回升', '窄幅整理']),
  moodUp: (rng) => pick(rng, ['放量上涨', '缩量震荡', '强势反弹', '冲高回落']),
  moodFutures: (rng) => pick(rng, ['大幅上涨', '震荡走弱', '冲高回落', '企稳反弹']),
};

const SENTENCES = {
  general: [
    '从近期公布的数据看，{city}经济运行总体平稳，主要指标保持在合理区间，市场主体的预期正在逐步改善。',
    '业内普遍认为，稳增长政策效果的显现需要一个过程，短期数据的波动不必过度解读。',
    '{org}表示，当前外部环境依然复杂多变，但国内经济的韧性和回旋余地较大，长期向好的基本面没有改变。',
    '在需求端，居民消费和企业投资的恢复节奏并不完全一致，结构性分化仍较为明显。',
    '从供给端看，{industry}等领域的产能利用率有所回升，企业生产经营活动趋于活跃。',
    '多位受访企业负责人表示，订单情况比年初有所好转，但原材料价格和物流成本仍是需要应对的压力。',
    '有研究机构测算，{quarter}相关领域投资同比增长{pct}，增速较上一阶段加快了{pp}个百分点。',
    '值得注意的是，部分中小企业仍面临回款周期长、融资渠道窄等问题，需要政策层面持续给予支持。',
    '市场人士提醒，宏观环境的变化会通过利率、汇率和预期等多个渠道影响资产价格，投资者宜保持理性。',
    '从区域看，东部沿海地区的外贸和制造业表现较为突出，中西部地区的基建投资则发挥了托底作用。',
    '一位长期关注区域经济的学者指出，营商环境的持续优化，是吸引产业和人才留下来的关键。',
    '相关部门负责人表示，下一步将继续加大对实体经济的支持力度，推动各项政策措施落地见效。',
    '数据显示，{prevMonth}月{city}规模以上工业增加值同比增长{pct}，其中高技术制造业增速明显快于整体水平。',
    '受访专家认为，扩大内需的关键在于稳就业、增收入，让居民有能力消费、也愿意消费。',
    '随着数字化转型不断深入，越来越多传统企业开始借助线上渠道拓展市场，经营模式正在发生变化。',
    '不少企业家坦言，眼下最需要的是稳定的政策预期和公平的市场环境，而不是一时的短期刺激。',
    '从历史经验看，经济复苏往往呈现波浪式前进的特征，不同行业的回暖时间点并不同步。',
    '有分析认为，{year}年以来出台的一揽子政策正在形成合力，对市场信心的提振作用逐步显现。',
  ],
  hongguan: [
    '最新公布的统计数据显示，{quarter}地区生产总值同比增长{gdp}，增速与市场预期基本一致。',
    '从物价看，{prevMonth}月居民消费价格指数同比上涨{pctSmall}，扣除食品和能源的核心通胀保持温和。',
    '工业生产者出厂价格指数降幅继续收窄，显示上游原材料价格正在逐步企稳。',
    '制造业采购经理指数回到荣枯线附近，其中新订单指数的回升尤其值得关注。',
    '财政政策方面，专项债券发行节奏明显加快，资金重点投向交通、水利和城市更新等领域。',
    '货币政策保持稳健，市场流动性合理充裕，一年期贷款市场报价利率较年初下降了{bp}个基点。',
    '社会融资规模存量同比增长{pct}，企业中长期贷款增加较多，反映出实体经济的融资需求有所回暖。',
    '有经济学家指出，当前物价水平偏低，说明总需求仍有提升空间，宏观政策仍需保持一定力度。',
    '外贸方面，{quarter}货物贸易进出口总值同比增长{pct}，对新兴市场的出口占比进一步提高。',
    '就业形势总体稳定，城镇调查失业率较上月回落{pp}个百分点，青年群体的就业状况有所改善。',
  ],
  gushi: [
    '今日A股三大指数涨跌互现，{index}收盘报{points}点，两市成交额约{turnover}亿元。',
    '盘面上，{sector}板块表现活跃，多只个股涨幅居前，而前期涨幅较大的品种则出现回调。',
    '北向资金全天呈现净流入，主要加仓了消费和科技方向的龙头品种。',
    '有券商策略分析师认为，当前市场整体估值处于历史相对低位，中长期配置价值逐步显现。',
    '从资金面看，融资余额小幅回升，显示部分杠杆资金的风险偏好有所修复。',
    '也有观点提醒，短期内市场仍可能反复震荡，追涨杀跌容易两头挨打，投资者应控制好仓位。',
    '上市公司中报陆续披露，{sector}行业整体净利润同比增长{pct}，个股之间的业绩分化较为明显。',
    '新股发行节奏保持平稳，科创板和北交所的制度建设持续推进，市场生态不断完善。',
    '分析人士指出，决定行情能否延续的关键，是企业盈利能否真正进入修复通道。',
    '港股市场同样表现活跃，科技类权重股盘中一度集体走强，指数涨幅超过{pctSmall}。',
    '从板块轮动节奏看，资金在高股息资产与成长方向之间频繁切换，热点的持续时间普遍偏短。',
  ],
  licai: [
    '对于普通家庭而言，理财的第一步不是追求高收益，而是先留足三到六个月的应急资金。',
    '近期银行理财产品的业绩比较基准整体下行，部分产品的年化收益率已降至{yield}左右。',
    '{org}建议，可以按照“短期要花的钱、稳健增值的钱、长期投资的钱”把家庭资金分成几部分。',
    '随着存款利率多次下调，不少储户开始把目光转向{product}等替代品种。',
    '需要提醒的是，理财产品打破刚性兑付后，净值出现波动是正常现象，不宜因短期回撤而频繁赎回。',
    '在选择产品之前，投资者应仔细阅读说明书，弄清楚底层资产、期限和费率，而不是只看宣传页上的收益数字。',
    '个人养老金制度实施以来，开户人数稳步增加，但实际缴存和投资的比例仍有较大的提升空间。',
    '专业人士表示，资产配置没有放之四海而皆准的答案，关键是与自身的风险承受能力和资金用途相匹配。',
    '有理财经理坦言，过去“保本高收益”的产品已经成为历史，投资者需要重新建立对风险与收益的认识。',
  ],
  jijin: [
    '公募基金市场规模再创新高，其中债券基金和指数基金的增长最为明显。',
    '一位从业多年的基金经理表示，他更看重企业的长期竞争力，而不是短期的股价波动。',
    '数据显示，{quarter}新成立基金数量超过{fundCount}只，但单只产品的平均募集规模有所下降。',
    '基金费率改革稳步推进，管理费和托管费率整体下调，投资者的持有成本进一步降低。',
    '定投被不少投资者视为平滑成本的方法，但它并不能保证盈利，坚持纪律和合理止盈同样重要。',
    '从持仓变化看，主动权益基金适度增加了对{sector}方向的配置，同时保留了部分高股息资产作为“压舱石”。',
    '据第三方机构统计，今年以来偏股型基金的平均收益率约为{signedPct}，不同产品之间的业绩差距较大。',
  ],
  yinhang: [
    '多家银行近期下调了存款挂牌利率，其中三年期和五年期定期存款的降幅相对较大。',
    '银行业人士表示，在净息差持续收窄的背景下，银行需要在负债成本和资产收益之间寻找新的平衡。',
    '{city}辖内银行机构普惠小微贷款余额同比增长{pct}，贷款平均利率较上年有所下降。',
    '不少银行加快了数字化转型步伐，通过手机银行和线上审批，把金融服务延伸到了县域和乡村。',
    '在风险防控方面，银行对房地产、地方融资平台等重点领域的资产质量保持密切关注。',
    '某城商行相关负责人介绍，该行针对科技型企业推出了知识产权质押贷款，帮助轻资产企业解决融资难题。',
    '大额存单依然是稳健型储户的热门选择，部分银行的额度在发售当天就被抢购一空。',
  ],
  baoxian: [
    '随着人们风险保障意识的提升，健康险和养老年金保险的需求持续增长。',
    '{org}表示，行业正在推动产品从“重销售”向“重服务”转型，理赔效率明显提高。',
    '预定利率下调后，部分储蓄型保险产品的吸引力有所下降，但其长期锁定收益的特点仍受到一些家庭青睐。',
    '业内人士提醒，购买保险前要如实告知健康状况，并仔细阅读免责条款，避免日后出现理赔纠纷。',
    '数据显示，{quarter}保险业原保险保费收入同比增长{pct}，其中人身险贡献了主要增量。',
    '城市定制型普惠保险的覆盖人群不断扩大，为既往症人群提供了一定的保障补充。',
  ],
  fangchan: [
    '{city}新建商品住宅成交面积环比回升，改善型需求成为支撑市场的主要力量。',
    '二手房挂牌量维持高位，买方议价空间较大，市场整体处于以价换量的阶段。',
    '多地优化调整了限购和首付比例等政策，住房公积金的贷款额度也有所提高。',
    '有房地产研究机构指出，楼市的真正企稳需要居民收入预期和购房信心的同步修复。',
    '首套房贷利率下限的调整，使部分购房者的月供压力明显减轻。',
    '保交楼工作持续推进，一批停工项目陆续复工，购房者的合法权益得到更好保障。',
  ],
  waihui: [
    '人民币对{currency}汇率近期在合理均衡水平上双向波动，市场预期总体平稳。',
    '外汇市场人士认为，海外主要央行政策路径的变化，是影响近期汇率走势的重要外部因素。',
    '数据显示，{prevMonth}月末外汇储备规模较上月增加{reserveChange}亿美元，继续保持在3万亿美元以上。',
    '对于有跨境业务的企业，专家建议树立“风险中性”理念，合理运用远期和期权等工具管理汇率风险。',
    '随着跨境贸易人民币结算规模扩大，越来越多外贸企业选择以人民币计价，降低了汇兑成本。',
    '有银行外汇交易员表示，短期内汇率可能继续受到美元指数和市场情绪的扰动。',
  ],
  qihuo: [
    '国内商品期货市场涨跌分化，{commodity}主力合约收涨{pctSmall}，成交量明显放大。',
    '分析人士表示，{commodity}价格的走势与全球需求预期密切相关，近期的反弹仍需观察持续性。',
    '{org}指出，库存去化速度加快，对{commodity}价格形成了一定支撑。',
    '随着更多实体企业参与套期保值，期货市场服务实体经济的功能进一步增强。',
    '国际金价在避险需求推动下创出阶段新高，国内黄金饰品的零售价格也随之水涨船高。',
    '业内提醒，期货交易实行保证金制度，杠杆效应会同时放大收益和亏损，普通投资者须谨慎参与。',
  ],
  chanye: [
    '{city}{industry}产业链加快集聚，一批配套企业相继落地，本地配套率进一步提高。',
    '一家{industry}企业的负责人介绍，公司今年研发投入占营收的比重超过{pctMid}，新产品贡献了近三成销售额。',
    '智能化改造让不少老厂房焕发新生，生产线的人均产值较改造前提升了{pct}。',
    '地方政府通过设立产业引导基金，撬动社会资本投向{industry}等战略性新兴产业。',
    '专精特新企业数量稳步增加，它们在细分领域深耕多年，成为产业链上不可或缺的一环。',
    '有产业研究人士认为，未来的竞争将更多体现在产业链协同和创新生态上，而不是单个企业的规模。',
    '绿色低碳转型正在重塑传统行业，节能改造和清洁能源替代已经成为很多工厂的必修课。',
  ],
  xiaofei: [
    '节假日期间，{city}重点商圈客流量同比增长{pct}，餐饮和文旅消费表现尤为亮眼。',
    '以旧换新政策带动家电、汽车等大宗商品消费回暖，不少门店的销量明显提升。',
    '年轻消费者越来越看重性价比和情绪价值，国货品牌借此赢得了更多关注。',
    '即时零售和直播电商持续升温，线上线下融合成为零售企业的共同选择。',
    '一位商场运营负责人表示，单纯卖货已经不够，打造沉浸式的消费场景才能留住顾客。',
    '服务消费占居民消费支出的比重稳步提高，体育赛事、演出和短途旅游等新场景不断涌现。',
    '有分析认为，消费的持续回暖离不开居民收入的稳定增长和社会保障的不断完善。',
  ],
  qingdao: [
    '青岛{area}近年来持续优化营商环境，新登记市场主体数量保持较快增长。',
    '依托港口优势，青岛外贸进出口规模稳步扩大，与东盟、日韩等市场的贸易往来日益密切。',
    '{area}的一家小微企业负责人告诉记者，今年以来通过线上平台获得了一笔信用贷款，解决了采购旺季的资金周转问题。',
    '青岛海洋经济发展势头良好，海洋装备、海洋生物医药等新兴产业加快成长。',
    '在{area}的一处产业园区，多家新入驻企业正在进行设备安装调试，预计年内投产。',
    '当地金融管理部门表示，将继续引导金融机构加大对民营企业和小微企业的信贷投放。',
    '随着旅游旺季到来，青岛各大景区和海水浴场人气高涨，带动了住宿、餐饮等相关消费。',
    '青岛财富管理金融综合改革试验区建设持续推进，各类金融机构在此加快集聚。',
  ],
  closing: [
    '总的来看，短期的不确定性仍然存在，但积极因素正在累积，市场信心有望进一步增强。',
    '对于普通投资者来说，与其猜测短期涨跌，不如把精力放在了解资产本身和管理好自己的风险上。',
    '业内人士建议，企业应把握政策窗口期，在稳住现金流的同时加大创新投入。',
    '专家表示，下一阶段应继续做好跨周期调节，在稳增长和防风险之间把握好平衡。',
    '投资有风险，入市需谨慎。以上内容仅供参考，不构成任何投资建议。',
    '可以预见，随着各项举措落地见效，相关领域的发展空间将进一步打开。',
  ],
};

const GENERAL_HEADS = ['政策效果逐步显现', '结构性问题仍需关注', '多重因素共同作用', '企业经营出现积极变化', '市场预期有所改善',
  '如何看待后市走向', '专家：保持理性，避免盲目跟风', '下一步怎么走'];

const CATEGORIES = [
  { slug: 'qingdaocaijingwang', name: '青岛财经网', weight: 3, topics: ['qingdao', 'chanye', 'xiaofei'],
    tags: ['青岛', '青岛财经网新闻', '小微企业', '普惠金融', '外贸', '数字金融'], heads: ['小微企业融资更便利', '港口经济持续发力'],
    titles: [['xiaowei-rongzi', '{area}小微企业融资难题如何破解 数字普惠金融加速落地'],
      ['qingdao-waimao', '青岛外贸{quarter}进出口同比增长{pct} 港口物流保持繁忙'],
      ['qingdao-chanye', '青岛{industry}产业集群加速成长 {area}新项目陆续开工']] },
  { slug: 'hongguan', name: '宏观经济', weight: 2, topics: ['hongguan'],
    tags: ['GDP', 'CPI', 'PPI', 'PMI', 'LPR', '货币政策', '财政政策', '专项债', '就业'], heads: ['物价温和回升', '内需恢复仍需加力'],
    titles: [['jingji-shuju', '{quarter}经济数据出炉：GDP同比增长{gdp} 消费与投资稳步恢复'],
      ['cpi-wujia', '{prevMonth}月CPI同比上涨{pctSmall} 物价总体保持温和'],
      ['lpr-tiaozheng', 'LPR下调{bp}个基点 稳增长政策持续加力']] },
  { slug: 'gushi', name: '股市动态', weight: 2, topics: ['gushi'],
    tags: ['A股', '港股', '科创板', '北交所', '上市公司', 'ETF'], heads: ['板块轮动加快', '资金流向受关注'],
    titles: [['agu-shoupan', 'A股三大指数{mood} {sector}板块领涨两市'],
      ['zhishu-zoushi', '{index}{moodUp}：成交额约{turnover}亿元 市场情绪升温'],
      ['bankuai-guancha', '{sector}板块持续活跃 机构称关注业绩确定性']] },
  { slug: 'licai', name: '理财', weight: 2, topics: ['licai'],
    tags: ['理财', '个人养老金', '存款', '大额存单', '基金定投'], heads: ['收益率下行之下如何配置', '先留足应急资金'],
    titles: [['licai-xuanze', '理财收益率走低 {product}还值得买吗'],
      ['jiating-peizhi', '存款利率再下调 家庭资产配置如何应对'],
      ['yanglao-licai', '个人养老金开户人数增长 年轻人为何开始关注养老理财']] },
  { slug: 'jijin', name: '基金', weight: 1, topics: ['jijin', 'gushi'],
    tags: ['基金', 'ETF', '基金定投', 'A股'], heads: ['基金调仓思路引关注', '费率改革让利投资者'],
    titles: [['jijin-guimo', '{quarter}公募基金规模再创新高 指数基金受青睐'],
      ['jijin-dingtou', '基金定投还灵吗？长期坚持与合理止盈同样重要'],
      ['etf-zijin', 'ETF份额持续增长 {sector}主题产品获资金关注']] },
  { slug: 'yinhang', name: '银行', weight: 1, topics: ['yinhang'],
    tags: ['银行', '存款', '大额存单', '普惠金融', '数字金融', '小微企业'], heads: ['银行如何应对息差收窄', '金融服务下沉县域'],
    titles: [['cunkuan-lilv', '多家银行下调存款利率 大额存单仍受追捧'],
      ['puhui-daikuan', '{city}普惠小微贷款余额同比增长{pct} 融资成本稳中有降'],
      ['yinhang-shuzihua', '银行加速数字化转型 县域金融服务更便捷']] },
  { slug: 'baoxian', name: '保险', weight: 1, topics: ['baoxian'],
    tags: ['保险', '健康险', '个人养老金'], heads: ['保障需求持续释放', '理赔服务成竞争焦点'],
    titles: [['jiankangxian', '健康险需求持续增长 险企加快从重销售向重服务转型'],
      ['chuxu-baoxian', '预定利率下调后 储蓄型保险还值得配置吗'],
      ['baofei-shouru', '{quarter}保费收入同比增长{pct} 人身险贡献主要增量']] },
  { slug: 'fangchan', name: '房产', weight: 1, topics: ['fangchan'],
    tags: ['房地产', '房贷利率', 'LPR'], heads: ['楼市企稳仍需时间', '改善型需求释放'],
    titles: [['loushi-chengjiao', '{city}楼市{month}月成交回暖 改善型需求成主力'],
      ['fangdai-lilv', '首套房贷利率下调 购房者月供压力减轻'],
      ['ershoufang', '二手房挂牌量维持高位 市场以价换量特征明显']] },
  { slug: 'waihui', name: '外汇', weight: 1, topics: ['waihui'],
    tags: ['汇率', '人民币', '外汇储备', '外贸'], heads: ['汇率弹性增强', '企业汇率避险意识提升'],
    titles: [['huilv-zoushi', '人民币对{currency}汇率双向波动 市场预期总体平稳'],
      ['waihui-chubei', '{prevMonth}月末外汇储备规模小幅上升 保持在3万亿美元以上'],
      ['huilv-fengxian', '外贸企业如何管理汇率风险 专家建议树立风险中性理念']] },
  { slug: 'qihuo', name: '期货', weight: 1, topics: ['qihuo'],
    tags: ['期货', '黄金', '原油', '大宗商品'], heads: ['商品价格分化明显', '套期保值需求增加'],
    titles: [['qihuo-zoushi', '{commodity}期货主力合约{moodFutures} 库存变化成关注焦点'],
      ['huangjin-jiage', '国际金价再创阶段新高 黄金饰品价格水涨船高'],
      ['taoqi-baozhi', '实体企业积极参与套期保值 期货市场服务功能增强']] },
  { slug: 'chanye', name: '产业经济', weight: 1, topics: ['chanye'],
    tags: ['制造业', '新能源', '专精特新', 'PMI'], heads: ['产业链加快集聚', '创新投入持续加大'],
    titles: [['chanyelian', '{city}{industry}产业链加快集聚 本地配套率持续提升'],
      ['zhineng-gaizao', '智能化改造让老厂房焕发新生 人均产值提升{pct}'],
      ['zhuanjingtexin', '专精特新企业数量稳步增加 细分领域“小巨人”加速成长']] },
  { slug: 'xiaofei', name: '消费', weight: 1, topics: ['xiaofei'],
    tags: ['消费', '以旧换新', '文旅', '电商', 'CPI'], heads: ['新消费场景不断涌现', '国货品牌受青睐'],
    titles: [['jiari-xiaofei', '节假日{city}重点商圈客流同比增长{pct} 文旅消费亮眼'],
      ['yijiuhuanxin', '以旧换新带动家电汽车消费回暖 门店销量明显提升'],
      ['jishi-lingshou', '即时零售升温 线上线下融合成零售业共同选择']] },
];
const CONTEXT_KEYS = ['city', 'area', 'industry', 'sector', 'product', 'commodity', 'currency', 'index', 'year', 'month', 'prevMonth', 'quarter'];

// Fails at load, not deep into a long run, if a template names a slot nobody fills.
for (const template of [...Object.values(SENTENCES).flat(), ...CATEGORIES.flatMap((category) => category.titles.map(([, title]) => title))]) {
  for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
    if (!CONTEXT_KEYS.includes(key) && !(key in SLOTS)) throw new Error(`gen-posts: unknown slot {${key}} in "${template}"`);
  }
}

const WEIGHT_TOTAL = CATEGORIES.reduce((sum, category) => sum + category.weight, 0);

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each post draws from its own stream, so post i is the same whatever the count.
function toPostSeed(seed, index) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const pad = (value) => String(value).padStart(2, '0');

function pickCategory(rng) {
  let roll = rng() * WEIGHT_TOTAL;
  for (const category of CATEGORIES) {
    roll -= category.weight;
    if (roll < 0) return category;
  }
  return CATEGORIES[CATEGORIES.length - 1];
}

/** Folder layout: year/month (year/month/day for huge corpora) with every 50th post at the top. */
function toLayout(count) {
  const huge = count > 300_000;
  return { byDay: huge, rootEvery: huge ? 0 : 50 };
}

/** The cheap part of a post (category, date, path), also used to find the files an earlier run wrote. */
function planPost(seed, index, layout) {
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

function fill(template, ctx, rng) {
  return template.replace(/\{(\w+)\}/g, (_, key) => ctx[key] ?? SLOTS[key](rng, ctx));
}

function toContext(rng, plan) {
  const [index, indexLow, indexHigh] = pick(rng, INDEXES);
  const { year, month } = plan.date;
  return {
    city: plan.category.slug === 'qingdaocaijingwang' ? '青岛' : pick(rng, CITIES),
    area: pick(rng, AREAS), industry: pick(rng, INDUSTRIES), sector: pick(rng, SECTORS), product: pick(rng, PRODUCTS),
    commodity: pick(rng, COMMODITIES), currency: pick(rng, CURRENCIES), index, indexLow, indexHigh,
    year: String(year), month: String(month), prevMonth: String(month === 1 ? 12 : month - 1), quarter: QUARTERS[month - 1],
  };
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

function shuffle(rng, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Deals sentence templates without repeats: the category's topics and general ones first, then every other topic. */
function toSentenceDealer(rng, category) {
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

function makeParagraph(rng, ctx, sentenceCount, deal) {
  let text = '';
  for (let n = 0; n < sentenceCount; n += 1) text += fill(deal(), ctx, rng);
  return text;
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

function renderPost(plan) {
  const { rng, category, date, ymd } = plan;
  const ctx = toContext(rng, plan);
  const title = fill(plan.titlePattern, ctx, rng);
  const front = ['---', 'layout: post', `title: "${title}"`,
    `date: ${ymd} ${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)} +0800`,
    formatTaxonomy(rng, category.slug, pickTags(rng, category)), '---'].join('\n');
  return `${front}\n${makeBody(rng, plan, ctx)}`;
}

function renderSiteFile(count, seed) {
  const names = CATEGORIES.map((category) => `  ${category.slug}: ${category.name}`).join('\n');
  return `title: 财经新闻\ndescription: 生成的财经新闻样例（种子 ${seed}，共 ${count} 篇）\ntimezone: Asia/Shanghai\n`
    + `categories:\n${names}\nlegacy_hosts: [${LEGACY_HOST}]\n`;
}

// --shape jekyll: a Jekyll site shaped like the real archive, zning1994/finews (see scratch/upstream-shapes.md).

const SHAPES = ['default', 'jekyll'];
const OLD_HOST = 'finews.zning.me';
const JEKYLL_FIRST_DAY = Date.UTC(2021, 11, 1);
// Through 2022-06-12: the archive stops in June 2022.
const JEKYLL_DAY_COUNT = (Date.UTC(2022, 5, 13) - JEKYLL_FIRST_DAY) / DAY_MS;
const FIRST_2022_DAY = (Date.UTC(2022, 0, 1) - JEKYLL_FIRST_DAY) / DAY_MS;
// The archive's mover keeps three days in _posts/ and moves the rest to old_post/.
const NEW_DAYS = 3;
const EMNEWS = { slug: 'emnews', name: '东财滚动新闻' };
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
const JEKYLL_FOLDERS = ['_posts', 'old_post', 'category', '_layouts'];

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
const COMPANY_TITLES = [
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
const INFO_KEYS = [['业绩', 'http://data.eastmoney.com/bbsj/', 3321], ['基金', 'http://fund.eastmoney.com/trade/default.html', 3410],
  ['增持', 'http://data.eastmoney.com/gstz/detail.aspx?type=1', 3552], ['研报', 'http://data.eastmoney.com/report/', 3617]];
const NEWS_COLUMNS = [['finance', 1344], ['finance', 1345], ['finance', 1350], ['stock', 1354], ['stock', 2031], ['hk', 2033]];
const BACK_FORMS = [['slash', 0.3], ['zning', 0.15], ['up', 0.15], ['here', 0.08], ['slashTwo', 0.05], ['category', 0.1], ['none', 0.17]];

for (const template of [...STOCK_SENTENCES, ...COMPANY_TITLES]) {
  for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
    const known = key === 'stock' || key === 'company' || CONTEXT_KEYS.includes(key) || key in SLOTS || key in JEKYLL_SLOTS;
    if (!known) throw new Error(`gen-posts: unknown slot {${key}} in "${template}"`);
  }
}

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
const COMPANIES = makeCompanies();

// Topic words: some posts' `tags:` carry one after the source name, `tags: 某某新闻 <topic>`, which Jekyll (and this
// site's reader) split on whitespace into two tags. Invented company, industry and region words, all written for this script.
const TOPIC_SHARE = 0.3;
const TOPIC_MAX = 3000;
// Zipf-like weights 1/(rank+1)^0.7: a few topics are frequent, and at 100,000 posts nearly every one appears.
const TOPIC_SKEW = 0.7;
// Uncommon characters in company names, so the invented firms are unlikely to be real listed ones.
const TOPIC_HEAD = ['沐', '栖', '岚', '砚', '霁', '澄', '渺', '檀', '棠', '璟', '苒', '湛', '峪', '岑', '翎', '枫', '珩', '琮',
  '漪', '颢', '舷', '棹', '蔚', '楠'];
const TOPIC_TAIL = ['禾', '川', '岭', '泽', '屿', '汀', '麓', '畔', '溪', '渚', '垣', '阡', '桥', '湾', '埠', '原', '峦', '涧',
  '洲', '陌', '舟', '坊', '苑', '塘'];
const TOPIC_FIRM = ['科技', '集团', '股份', '电子', '材料', '医疗', '半导体', '新能', '智造', '微电', '重工', '物联',
  '云计算', '数据', '生物', '光伏', '储能', '航天', '汽车', '控股'];
const TOPIC_MODIFIERS = ['智能', '绿色', '海上', '低空', '深海', '商业', '新型', '高端', '数字', '氢能', '固态', '柔性', '量子',
  '工业', '智慧', '合成', '卫星', '无人', '再生', '分布式', '海洋', '冷链', '预制', '微型', '车规', '新兴', '储能', '充电', '跨境', '银发'];
const TOPIC_NOUNS = ['电池', '风电', '光伏', '芯片', '机器人', '装备', '物流', '制药', '材料', '算力', '航运', '经济', '农业', '医疗',
  '电网', '基建', '制造', '金融', '出行', '能源', '传感器', '显示', '平台', '服务', '仓储', '零售', '文旅', '养老', '通信', '安防'];
const TOPIC_REGIONS = ['胶东', '鲁南', '苏北', '皖江', '浙南', '闽西', '粤西', '桂北', '川南', '黔中', '滇中', '陕北', '晋东', '冀中',
  '辽南', '吉中', '豫西', '鄂东', '湘南', '赣北', '蒙西', '宁东', '陇中', '琼北', '津南', '沪西', '渝东', '京北', '雄安', '横琴'];
const TOPIC_ZONES = ['新区', '经济圈', '自贸片区', '高新区', '产业园', '城市群', '都市圈', '保税区', '开发区', '港区', '综保区', '示范区',
  '科创走廊', '物流枢纽', '数据中心', '湾区', '航空港', '农业园', '金融街', '口岸'];

/** TOPIC_MAX distinct topic words, most frequent first; the same for every seed, and a corpus uses the first few. */
function makeTopics() {
  const rng = mulberry32(0x70b1c5);
  const topics = [];
  const seen = new Set();
  while (topics.length < TOPIC_MAX) {
    const roll = rng();
    const word = roll < 0.55 ? `${pick(rng, TOPIC_HEAD)}${pick(rng, TOPIC_TAIL)}${pick(rng, TOPIC_FIRM)}`
      : roll < 0.8 ? `${pick(rng, TOPIC_MODIFIERS)}${pick(rng, TOPIC_NOUNS)}`
        : `${pick(rng, TOPIC_REGIONS)}${pick(rng, TOPIC_ZONES)}`;
    if (seen.has(word)) continue;
    seen.add(word);
    topics.push(word);
  }
  return topics;
}
const TOPICS = makeTopics();

/** How many topic words a corpus draws from: about one per 30 posts, so small corpora stay small. */
function toTopicCount(count) {
  return Math.min(TOPIC_MAX, Math.floor(count / 30));
}

function toSourceCount(count) {
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
function makeSources(rng, wanted) {
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

/** Everything shared by a site's posts: its sources with Zipf weights, and where the forced oddities go. */
function buildWorld(seed, count) {
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

/** The rank a roll lands on, given the running totals of the ranks' weights. */
function pickRank(rng, cumulative, total) {
  const target = rng() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pickSource(rng, world) {
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
function planJekyllPost(seed, index, world) {
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

function fillJekyll(template, ctx, rng, names = {}) {
  return template.replace(/\{(\w+)\}/g, (_, key) => names[key] ?? ctx[key] ?? (JEKYLL_SLOTS[key] ?? SLOTS[key])(rng, ctx));
}

/** A stock sentence as text segments with the companies between them, so each copy can render them its own way. */
function makeStockSentence(rng, ctx, lead) {
  const pieces = pick(rng, STOCK_SENTENCES).split('{stock}');
  const segments = [];
  pieces.forEach((piece, i) => {
    if (i > 0) segments.push(i === 1 && lead ? lead : pick(rng, COMPANIES));
    if (piece) segments.push(fillJekyll(piece, ctx, rng));
  });
  return segments;
}

/** The article's text as paragraphs of segments, headings, K-line blocks and pictures: 1 to 10 KB once rendered. */
function makeArticle(rng, ctx, deal, topic, lead) {
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

function renderArticle(rng, items, ctx, media, linked) {
  // Most copies keep the page's HTML on one line; some NW copies break it between paragraphs.
  const separator = !linked && rng() < 0.25 ? '\n ' : '';
  return `${items.map((item) => renderItem(rng, item, ctx, linked)).join(separator)}${separator}<p class="em_media">（文章来源：${media}）</p>`;
}

function renderSourceLine(rng, plan) {
  if (plan.odd) return '<>';
  if (plan.role === 'nw') return `<${SOURCE_BASE}${plan.code}>`;
  const [host, column] = plan.role === 'emnews' ? ['finance', 1344] : pick(rng, NEWS_COLUMNS);
  return `<http://${host}.eastmoney.com/news/${column},${plan.code}.html>`;
}

/** Every 返回 form upstream used; spaced slugs get only the category form, its URL in <…> so the link stays one. */
function renderBackLinks(rng, source, role) {
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

function renderJekyllPost(plan, world) {
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

function renderCategoryPage(source) {
  return `---\nlayout: category\ntitle: ${source.name}\ncategory: ${source.slug}\n---`;
}

/** The site's own files: config, CNAME, Liquid index pages and layouts, all written for this script. */
function renderJekyllSiteFiles(count, seed) {
  const page = (front, body) => `---\n${front.join('\n')}\n---\n\n${body}\n`;
  const tagList = (filter, limit) => [
    '{% for tag in site.tags %}',
    ...(filter ? [`{% if tag[0] == "${filter}" %}`] : []),
    '<h2>{{ tag[0] }}</h2>',
    '<ul>',
    `{% for post in tag[1] limit:${limit} %}`,
    `  <li><a href="{{ post.url | relative_url }}"${filter ? ' target="_blank"' : ''}>{{ post.title }}</a> <small>{{ post.date | date: "%m-%d %H:%M" }}</small></li>`,
    '{% endfor %}',
    '</ul>',
    ...(filter ? ['{% endif %}'] : []),
    '{% endfor %}',
  ].join('\n');
  return [
    ['_config.yml', `# A generated sample of the archive's shape: gen-posts, seed ${seed}, ${count} posts.\ntheme: jekyll-theme-minimal\n\nlang: zh-CN\ntitle: 金融消息\n`
      + 'show_downloads: false\nsafe: true\nurl: https://finews.withounder.com\nenforce_ssl: finews.withounder.com\ntimezone: Asia/Shanghai\n'
      + 'author: gen-posts\n\nplugins:\n  - jekyll-feed\n'],
    ['CNAME', OLD_HOST],
    ['README.md', page(['layout: default', 'title:  "首页"', 'permalink: /'], `${tagList('', 5)}\n\n---`)],
    ['index.md', page(['layout: default', 'title:  "首页"', 'permalink: /'], [
      '## [分类](./categories/ "全部分类")', '', '<h2 id="latest">最近100条新消息</h2>', '<ul>', '{% for post in site.posts limit:100 %}',
      '  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date: "%m-%d %H:%M" }}</small></li>',
      '{% endfor %}', '</ul>'].join('\n'))],
    ['emnews.md', page(['layout: default', 'title:  "东财滚动新闻"', 'permalink: /emnews/'], tagList(EMNEWS.name, 20))],
    ['categories.md', page(['layout: default', 'title:  "分类"', 'permalink: /categories/'], tagList('', 20))],
    ['404.md', page(['layout: default', 'title: 404'], [
      '<p>没有找到这个页面，5 秒后回到<a href="/">首页</a>。</p>', '<p id="moved"></p>', '<script>',
      "  var parts = location.pathname.split('/');",
      "  if (parts.length > 5) document.getElementById('moved').textContent = '较早的文章在 old_post/' + parts[2] + '-' + parts[3] + '-' + parts[4] + '-' + parts[5].replace(/\\.html$/, '') + '.md';",
      "  setTimeout(function () { location.href = '/'; }, 5000);", '</script>'].join('\n'))],
    ['_layouts/default.html', ['<!DOCTYPE html>', '<html lang="{{ site.lang | default: "zh-CN" }}">', '<head>', '<meta charset="utf-8">',
      '<title>{% if page.title %}{{ page.title }} | {% endif %}{{ site.title }}</title>',
      '<link rel="alternate" type="application/atom+xml" href="{{ "/feed.xml" | absolute_url }}">', '</head>', '<body>',
      '<header><h1><a href="{{ "/" | relative_url }}">{{ site.title }}</a></h1></header>', '<main>', '{{ content }}', '</main>',
      '<footer><small>生成的样例站点，内容均为虚构，不构成投资建议。</small></footer>', '</body>', '</html>', ''].join('\n')],
    ['_layouts/post.html', ['---', 'layout: default', '---', '<small>(GMT+8, {{ site.timezone }}) {{ page.date | date: "%Y-%m-%d %H:%M:%S" }}</small>',
      '<h1>{{ page.title }}</h1>', '{{ content }}',
      '{% if page.tags.size > 0 %}<p>标签：{% for tag in page.tags %}<em>{{ tag }}</em>{% unless forloop.last %} · {% endunless %}{% endfor %}</p>{% endif %}', ''].join('\n')],
    ['_layouts/category.html', ['---', 'layout: default', '---', '<h2>{{ page.title }}</h2>', '<ul>', '{% for post in site.categories[page.category] %}',
      '  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date: "%Y-%m-%d" }}</small></li>',
      '{% endfor %}', '</ul>', ''].join('\n')],
  ];
}
const JEKYLL_SITE_FILES = renderJekyllSiteFiles(0, 0).map(([name]) => name);

/** Writes the whole site into `dir`; returns the bytes of the posts. */
function writeJekyllSite(dir, count, seed) {
  const world = buildWorld(seed, count);
  for (const folder of JEKYLL_FOLDERS) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [name, text] of renderJekyllSiteFiles(count, seed)) writeFileSync(path.join(dir, name), text);
  for (const source of world.sources) writeFileSync(path.join(dir, 'category', `${source.slug}.html`), renderCategoryPage(source));
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const plan = planJekyllPost(seed, index, world);
    const data = Buffer.from(renderJekyllPost(plan, world), 'utf8');
    bytes += data.length;
    writeFileSync(path.join(dir, plan.relPath), data);
  }
  return bytes;
}

function removeJekyllSite(dir, stamp) {
  const world = buildWorld(stamp.seed, stamp.count);
  for (let index = 0; index < stamp.count; index += 1) removeFile(path.join(dir, planJekyllPost(stamp.seed, index, world).relPath));
  for (const source of world.sources) removeFile(path.join(dir, 'category', `${source.slug}.html`));
  for (const name of [...JEKYLL_SITE_FILES, STAMP_FILE]) removeFile(path.join(dir, name));
  for (const folder of JEKYLL_FOLDERS) {
    try { rmdirSync(path.join(dir, folder)); } catch (error) { if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error; }
  }
}

/** The default shape's stamp has no `shape` key, as before the jekyll shape existed, so old folders still match. */
function renderStamp(count, seed, shape, complete, bytes) {
  const stamp = shape === 'default' ? { generator: 'gen-posts', version: VERSION, count, seed, complete, bytes }
    : { generator: 'gen-posts', version: versionOf(shape), count, seed, shape, complete, bytes };
  return `${JSON.stringify(stamp)}\n`;
}

function readStamp(dir) {
  const file = path.join(dir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    const shape = stamp?.shape ?? 'default';
    if (stamp?.generator === 'gen-posts' && Number.isInteger(stamp.count) && Number.isInteger(stamp.seed) && SHAPES.includes(shape)) return { ...stamp, shape };
  } catch {
    // Falls through to the error below.
  }
  throw new Error(`${file} is not a gen-posts stamp; remove ${dir} by hand`);
}

function removeFile(file) {
  try {
    unlinkSync(file);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}

/** Deletes exactly the files the stamped run wrote (recomputed from its seed, count and shape) and the folders they leave empty. */
function removeGenerated(dir, stamp) {
  if (stamp.shape === 'jekyll') {
    removeJekyllSite(dir, stamp);
    return;
  }
  const layout = toLayout(stamp.count);
  const folders = new Set();
  for (let index = 0; index < stamp.count; index += 1) {
    const { relPath } = planPost(stamp.seed, index, layout);
    removeFile(path.join(dir, relPath));
    for (let folder = path.posix.dirname(relPath); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  }
  for (const name of [SITE_FILE, STAMP_FILE]) removeFile(path.join(dir, name));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try { rmdirSync(path.join(dir, folder)); } catch (error) { if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error; }
  }
}

/** Returns the stamp when the folder already holds this corpus; otherwise leaves it ready for a fresh run. */
function prepareDir(dir, count, seed, shape) {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return undefined;
  }
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} exists and is not a folder`);
  const stamp = readStamp(dir);
  if (!stamp) {
    if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty and has no ${STAMP_FILE}: refusing to write into it`);
    return undefined;
  }
  if (stamp.version !== versionOf(stamp.shape)) {
    if (!REPLACEABLE[stamp.shape].includes(stamp.version)) {
      throw new Error(`${dir} was written by gen-posts version ${stamp.version} of the ${stamp.shape} shape, this is ${versionOf(stamp.shape)}; remove it by hand`);
    }
    // Written by an older version of this shape: its files are listed as before, removed, and written anew.
    removeGenerated(dir, stamp);
    return undefined;
  }
  if (stamp.complete && stamp.count === count && stamp.seed === seed && stamp.shape === shape) return stamp;
  removeGenerated(dir, stamp);
  return undefined;
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Writes the default shape: `count` posts in year/month folders and `_site.yml`; returns the posts' bytes. */
function writeDefaultPosts(dir, count, seed) {
  writeFileSync(path.join(dir, SITE_FILE), renderSiteFile(count, seed));
  const layout = toLayout(count);
  const madeFolders = new Set(['']);
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const plan = planPost(seed, index, layout);
    const data = Buffer.from(renderPost(plan), 'utf8');
    bytes += data.length;
    const folder = path.posix.dirname(plan.relPath).replace(/^\.$/, '');
    if (!madeFolders.has(folder)) {
      mkdirSync(path.join(dir, folder), { recursive: true });
      madeFolders.add(folder);
    }
    // Plain sync writes: on this 2-core box they cost less CPU than any number of parallel async ones.
    writeFileSync(path.join(dir, plan.relPath), data);
  }
  return bytes;
}

/** Writes `count` posts in the given shape into `dir`; returns what it did (`bytes` counts the posts only). */
export function generatePosts(dir, count, seed = 1, shape = 'default') {
  if (!SHAPES.includes(shape)) throw new Error(`unknown shape '${shape}'`);
  const started = performance.now();
  const sources = shape === 'jekyll' ? toSourceCount(count) : undefined;
  const cached = prepareDir(dir, count, seed, shape);
  if (cached) return { cached: true, count, shape, sources, bytes: cached.bytes, seconds: (performance.now() - started) / 1000 };

  const stampPath = path.join(dir, STAMP_FILE);
  // Written first so an interrupted run can still be cleaned up by the next one.
  writeFileSync(stampPath, renderStamp(count, seed, shape, false, 0));
  const bytes = shape === 'jekyll' ? writeJekyllSite(dir, count, seed) : writeDefaultPosts(dir, count, seed);
  writeFileSync(stampPath, renderStamp(count, seed, shape, true, bytes));
  return { cached: false, count, shape, sources, bytes, seconds: (performance.now() - started) / 1000 };
}

function parseArgs(argv) {
  const positional = [];
  let seedText = '1';
  let shape = 'default';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--seed') seedText = argv[++i] ?? '';
    else if (arg.startsWith('--seed=')) seedText = arg.slice('--seed='.length);
    else if (arg === '--shape') shape = argv[++i] ?? '';
    else if (arg.startsWith('--shape=')) shape = arg.slice('--shape='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [dir, countText, extra] = positional;
  if (!dir || !countText || extra !== undefined) throw new Error('expected <dir> <count>');
  if (!/^\d+$/.test(countText) || Number(countText) < 1 || Number(countText) > MAX_COUNT) {
    throw new Error(`count '${countText}' must be a whole number from 1 to ${MAX_COUNT}`);
  }
  if (!/^\d+$/.test(seedText) || Number(seedText) > 0xffffffff) throw new Error(`seed '${seedText}' must be a whole number from 0 to 4294967295`);
  if (!SHAPES.includes(shape)) throw new Error(`shape '${shape}' must be one of ${SHAPES.join(', ')}`);
  return { dir: path.resolve(dir), count: Number(countText), seed: Number(seedText), shape };
}

const USAGE = `usage: node scripts/gen-posts.mjs <dir> <count> [--seed N] [--shape default|jekyll]
  default  posts in <dir>/<year>/<month>/ plus _site.yml
  jekyll   <dir> is a Jekyll site like the real archive: _config.yml, CNAME, index pages, _layouts/,
           category/<slug>.html for min(2000, max(20, count/50)) sources, posts in _posts/ (newest 3 days) and old_post/;
           30% of posts tag a topic word besides their source (\`tags: <source> <topic>\`), from min(3000, count/30) words`;

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`gen-posts: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = generatePosts(args.dir, args.count, args.seed, args.shape);
    const size = `${formatSize(result.bytes)} (${result.bytes} bytes)`;
    const site = result.sources === undefined ? '' : ` as a Jekyll site with ${result.sources} categories`;
    if (result.cached) console.log(`gen-posts: cached: ${args.dir} already holds ${args.count} posts for seed ${args.seed}${site}, ${size}; nothing written`);
    else console.log(`gen-posts: wrote ${args.count} posts to ${args.dir}${site}: ${size} in ${result.seconds.toFixed(2)} s`);
  } catch (error) {
    console.error(`gen-posts: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
