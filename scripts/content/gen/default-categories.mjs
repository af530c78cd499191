// The default shape's categories: each one's topics, tags, headings and title templates, and how often it is drawn.
export const CATEGORIES = [
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

const WEIGHT_TOTAL = CATEGORIES.reduce((sum, category) => sum + category.weight, 0);

export function pickCategory(rng) {
  let roll = rng() * WEIGHT_TOTAL;
  for (const category of CATEGORIES) {
    roll -= category.weight;
    if (roll < 0) return category;
  }
  return CATEGORIES[CATEGORIES.length - 1];
}
