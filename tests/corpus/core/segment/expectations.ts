// What an archivist reads on the sample pages: every article, its headline parts, and the
// first and last sentence of its body. Written by reading the pages, not the code's output.

export interface Expected {
  section?: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  dateline: string;
  byline: string;
  firstSentence: string;
  lastSentence: string;
}

export const PAGE_000: Expected[] = [
  {
    title: '郑州首个“检察+工会”协作与配合办公室在经开区成立 为劳动者“撑腰” 为企业健康发展“护航”',
    dateline: '本报讯',
    byline: '记者 王赛华 鲁慧',
    firstSentence: '日前，经开区“检察+工会”劳动者权益保障机制启动仪式在经开区检察院举行，',
    lastSentence: '助力优化就业生态及营商环境，不断提升劳动者的安全感和幸福感。',
  },
  {
    // `经开区召开` is the place and verb over their object, cut where the print broke the line
    // (the fixtures' convention, tests/fixtures/README.md: `杏园街道举办` / `冬季消防安全培训`),
    // so it joins without a space; the second half keeps its own.
    title: '经开区召开招投标领域不正之风和腐败问题专项整治工作推进会 促进招投标领域健康有序发展',
    dateline: '本报讯',
    byline: '记者 鲁慧 通讯员 李淑婷',
    firstSentence: '7月24日，经开区纪检监察工委召开招投标领域不正之风和腐败问题专项整治工作推进会，',
    lastSentence: '自然资源和规划局等单位作交流发言。',
  },
  {
    section: '新闻连连看',
    kicker: '区财政局',
    title: '召开上半年党风廉政建设工作专题会',
    dateline: '本报讯',
    byline: '记者 鲁慧',
    firstSentence: '7月22日，经开区财政局（审计局）召开2024年上半年党风廉政建设工作专题会，',
    lastSentence: '持续开展问题专项整治，精准发现、从严处理各种问题。',
  },
  {
    section: '新闻连连看',
    kicker: '区宣传部（文明办）',
    title: '开展新时代宣讲师走进经开区活动',
    dateline: '本报讯',
    byline: '记者 鲁慧',
    firstSentence: '近日，经开区新时代文明实践中心邀请中共郑州市委党校统战理论教研部讲师吴峥老师',
    lastSentence: '推动全区文明实践工作迈上新台阶。',
  },
  {
    section: '新闻连连看',
    kicker: '区应急管理局',
    title: '召开厢式货车运输安全观摩培训会',
    dateline: '本报讯',
    byline: '记者 鲁慧',
    firstSentence: '7月24日，经开区应急管理局召开货运企业和厢式货车运输安全观摩培训会，',
    lastSentence: '为全区经济高质量发展营造良好的道路运输安全环境。',
  },
  {
    section: '新闻连连看',
    kicker: '区疾控中心',
    title: '开展第二季度免疫规划督导工作',
    dateline: '本报讯',
    byline: '记者 鲁慧',
    firstSentence: '为进一步强化免疫规划管理，提升预防接种服务质量，',
    lastSentence: '加强疫苗针对疾病的监测工作，提高疾病防控能力。',
  },
  {
    title: '持续深化“亲清”理念 助推清廉经开建设',
    dateline: '本报讯',
    byline: '记者 鲁慧 通讯员 郭玉洁',
    firstSentence: '为营造风清气正的政治生态，推进构建“亲清”政商关系，',
    lastSentence: '组织企业参加“检察护企”专题培训，助力打造法治化营商环境。',
  },
];

export const PAGE_002: Expected[] = [
  {
    title: '二七区举行“河南省双拥模范区”揭牌仪式',
    dateline: '本报讯',
    byline: '记者 景静',
    firstSentence: '9月7日上午，二七区荣膺“河南省双拥模范区”揭牌仪式在区委楼前举行。',
    lastSentence: '加强民兵和预备役工作，努力为国防建设作出新的贡献。',
  },
  {
    title: '二七区委常委会召开会议',
    subtitle: '深化推进稳经济、强投资“十大行动”',
    dateline: '本报讯',
    byline: '记者 景静',
    firstSentence: '9月6日，二七区委常委会召开会议，传达学习省委、市委会议精神，研究二七区贯彻落实意见。',
    lastSentence: '确保实现“疫情要防住、经济要稳住、发展要安全”。',
  },
  {
    kicker: '二七区纪委监委',
    title: '开展“五治理五护航”行动 持续释放监督效能',
    dateline: '本报讯',
    byline: '记者 景静',
    firstSentence: '“能力作风建设年”活动开展以来，二七区纪委监委创新实施“五治理五护航”行动，',
    lastSentence: '推进作风建设“五治理五护航”行动往深里走、往实里抓。',
  },
  {
    kicker: '二七区开展教师节走访慰问活动',
    title: '全力打造更具吸引力的“美好教育 学在二七”教育品牌',
    dateline: '本报讯',
    byline: '记者 景静 通讯员 李娅芳 李玉红',
    firstSentence: '金桂飘香，秋菊逸彩。',
    lastSentence: '引进和培育优质教育资源，全力打造更具吸引力的“美好教育 学在二七”教育品牌。',
  },
  {
    kicker: '二七区人大常委会组织人大代表视察公益诉讼工作',
    title: '为二七区经济高质量发展贡献检察力量',
    dateline: '本报讯',
    byline: '记者 景静 通讯员 左学彬 周祎',
    firstSentence: '9月8日上午，二七区人大常委会组织市、区两级人大代表对区检察院公益诉讼工作进行视察。',
    lastSentence: '进一步提升检察干警履职能力和履职水平，为二七区经济高质量发展贡献检察力量。',
  },
];
