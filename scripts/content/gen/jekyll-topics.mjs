// Topic words: some posts' `tags:` carry one after the source name, `tags: 某某新闻 <topic>`, which Jekyll (and this
// site's reader) split on whitespace into two tags. Invented company, industry and region words, all written for this script.
import { mulberry32, pick } from './rng.mjs';

export const TOPIC_SHARE = 0.3;
const TOPIC_MAX = 3000;
// Zipf-like weights 1/(rank+1)^0.7: a few topics are frequent, and at 100,000 posts nearly every one appears.
export const TOPIC_SKEW = 0.7;
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
export const TOPICS = makeTopics();

/** How many topic words a corpus draws from: about one per 30 posts, so small corpora stay small. */
export function toTopicCount(count) {
  return Math.min(TOPIC_MAX, Math.floor(count / 30));
}
