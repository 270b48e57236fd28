// Recognisers for the printed parts of an article (DOMAIN.md), shared by the transforms,
// the extraction functions and segmentation so that all three agree on what a byline is.
import { codeTable } from './script';

// The role words of a byline, with the qualifiers papers print before them (`融媒体记者`,
// `特约通讯员`, `首席记者`).
// An outlet may come first (`区融媒体中心记者`, `新华社记者`, `青河日报记者`).
const OUTLET =
  '(?:\\p{Script=Han}{0,8}?(?:日报社?|晚报|时报|报社|电视台|广播电视台|融媒体中心|新闻中心|新华社|中新社))';
const ROLE = `(?:${OUTLET}?(?:本报|本台|特约|特派|见习|实习|摄影|首席|融媒体?|全媒体)?(?:记者|通讯员|评论员)|实习生|读者)`;
// A name, an outlet (`经开时报`) or a second role; the credit `文/图` or `摄` may close it.
// A name may carry its part (`庞雨/文`, `袁静/图`).
// A role may carry its part before it (`文/记者 韦晓岚 图/通讯员 唐嘉`), a name the office it
// writes for in brackets (`通讯员 唐嘉（区教体局）`).
const BYLINE_ITEM = `(?:(?:[文图][\\/／])?${ROLE}|[\\p{Script=Han}·]{2,5}(?:[\\/／][文图]|[(（]\\p{Script=Han}{2,12}[)）])?|[文图][\\/／][图文]|摄|图)`;

// Between a role and its names: spaces, or a colon some papers print (`记者：王五 通讯员：赵六`).
const BYLINE_GAP = '(?:[ \\u3000]*[：:][ \\u3000]*|[ \\u3000]+)';

// The credit for text and photos, which some papers print before the roles it applies to
// (`文/图 记者 常宁`), or the part one role wrote before it (`文/记者 韦晓岚 图/通讯员 唐嘉`).
const TEXT_PHOTO_FIRST = '(?:[文图][\\/／](?:[图文][ \\u3000]+)?)?';

/**
 * A whole byline block: `记者 王赛华 鲁慧`, `记者 鲁慧 通讯员 李淑婷`, `通讯员 常慧芳 文/图`,
 * `文/图 记者 常宁`.
 */
export const BYLINE_BLOCK = new RegExp(
  `^${TEXT_PHOTO_FIRST}${ROLE}(?:${BYLINE_GAP}${BYLINE_ITEM}){1,10}$`,
  'u',
);

/** A byline closing a paragraph after its last sentence: `…各种问题。记者 鲁慧`. */
export const TRAILING_BYLINE = new RegExp(
  `(?<=[。！？!?”）)])[ \\u3000]*(${TEXT_PHOTO_FIRST}${ROLE}(?:${BYLINE_GAP}${BYLINE_ITEM}){1,10})$`,
  'u',
);

/** Byline runs anywhere in a line, to protect the spaces between names. */
export const BYLINE_RUN_SOURCE = `${ROLE}(?:[ \\u3000]+${BYLINE_ITEM})+`;

/** A photo credit: `通讯员 刘俊凯 摄`, `记者 王赛华 摄`. */
const PHOTO_CREDIT_SOURCE = `${ROLE}(?:[ \\u3000]+[\\p{Script=Han}·]{2,5}){1,4}[ \\u3000]*摄`;
export const CREDIT = new RegExp(`^${PHOTO_CREDIT_SOURCE}$`, 'u');

/** A photo credit run into the caption sentence it closes: `…测量血压。通讯员 邝文涛 摄`. */
export const RUN_IN_PHOTO_CREDIT = new RegExp(`(?<=[。！？!?])(?=${PHOTO_CREDIT_SOURCE}$)`, 'u');

/**
 * A photo credit closing a sentence on the same line, after a space or none:
 * `…检查供热管道。 记者 温可欣 摄` (its caption need not open with `图为`).
 */
export const CLOSING_PHOTO_CREDIT = new RegExp(`(?<=[。！？!?”])[ \\u3000]*${PHOTO_CREDIT_SOURCE}$`, 'u');

/** A photo credit in brackets closing a caption's text: `…整装待发。（记者 于小溪 摄）`, `…（区林业局供图）`. */
export const BRACKETED_PHOTO_CREDIT = new RegExp(
  `[(（][ \\u3000]*(${PHOTO_CREDIT_SOURCE}|[\\p{Script=Han}·]{2,16}供图)[ \\u3000]*[)）]$`,
  'u',
);

/** A dateline opening a body: `本报讯`, `本报讯(通讯员 张冲 李帅广)`, `本报讯 7月24日,…`. */
export const DATELINE =
  /^(?:本报讯|本报电|新华社[^\s，,。]{0,12}电)(?:[ \u3000]*[(（][^()（）\n]{1,40}[)）])?/u;

/**
 * `本报3月1日讯`, `本报12月5日电`, `本报西岭6月2日电`, `本报北京电`, `青河网3月5日讯`, a date alone
 * (`6月2日讯`), a wire's `新华社北京7月12日电` or `据新华社…电` (a story taken from it), or a source
 * set apart as a dateline (`据东岭日报报道` before a space or bracket, not a clause of prose),
 * with the brackets that may follow.
 */
export const DATED_DATELINE =
  /^(?:据?(?:本报(?!记者|通讯员)\p{Script=Han}{0,4}?(?:\d{1,2}月\d{1,2}日)?|新华社\p{Script=Han}{0,4}?(?:\d{1,2}月\d{1,2}日)?|\p{Script=Han}{1,6}[网台社]\p{Script=Han}{0,4}?\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)(?:讯|电)|据\p{Script=Han}{2,12}报道(?=[ \u3000(（]))(?:[ \u3000]*[(（][^()（）\n]{1,40}[)）])?/u;

/** A photo caption: `图为培训现场。` */
export const CAPTION = /^[(（]?(?:图为|上图|下图|左图|右图|图[一二三四五六七八九十\d\u2460-\u2473]+[：:\s])/u;

/** Markdown heading markup left by the OCR engine. */
export const HEADING = /^#{1,6}[ \t]+/;

/** Cheap pre-test: a byline or credit starts with a role word. */
export const ROLE_START = new RegExp(`^${ROLE}`, 'u');

/** A role word after the outlet a reporter writes for (`区融媒体中心记者 郑雨`): no role word opens the line. */
/**
 * An outlet and its writers' names with no role (`青河区融媒体中心 宋佳`); the names are checked
 * to be persons' by the reader (personName.ts).
 */
export const OUTLET_NAMES = new RegExp(`^${OUTLET}((?:[ \\u3000]+[\\p{Script=Han}·]{2,4}){1,4})$`, 'u');

/** A source credited on a line of its own, without brackets or with them: `区委宣传部 供稿`. */
export const SOURCE_CREDIT = /^[(（]?[\p{Script=Han}]{2,16}[ \u3000]*供稿[)）]?$/u;

export const OUTLET_ROLE_START = new RegExp(`^${OUTLET}(?:记者|通讯员|评论员)`, 'u');

/**
 * A list item's marker after a finished clause: `一、`, `1.` `2．` `3、` (not a decimal),
 * `（1）` `(2)`, `（一）`, `①` (not a continuation mark: `①5` has the page number after it).
 */
export const LIST_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[\u2460-\u2473](?!\d))/u;

/**
 * The paper's own lines in a masthead or a page's foot: its publisher (`中共青河区委主办`), issue
 * and edition numbers (`第1268期`, `今日4版`), registration numbers, and the paper's contact
 * lines (`新闻热线：… 投稿邮箱：…`, `社址：…`; a notice's own `投稿邮箱：…` is its text).
 */
export const MASTHEAD =
  /^(?:[\p{Script=Han}]{2,16}(?:主办|主管|出版)(?:[ \u3000]+[^。！？!?，,]{0,30})?|[^。！？!?，,]{0,30}(?:第[\d一二三四五六七八九十百千]+期|今日\d{1,2}版|统一连续出版物号|邮发代号)[^。！？!?，,]{0,30}|(?:(?:新闻|广告|发行|订阅|服务|读者)?热线(?:电话)?|社址|邮编)[：:][^。！？!?]{1,80})$/u;

// The editors and checkers a page names at its foot, in full or short (`责任编辑`, `责编`, `美编`).
const EDITOR_ROLE =
  '(?:本版)?(?:责任编辑|美术编辑|值班编辑|版面编辑|视觉编辑|图片编辑|编辑|责编|美编|编审|审读|审校|校对|版式|组版|排版|[一二三]审|终审)';
// A page number as a banner prints it (`第3版`, `A3版`).
const BANNER_PAGE = '第?[ \\u3000]*[A-D]?\\d{1,3}[ \\u3000]*版';
const DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日';

/**
 * Page furniture in the text flow: a banner with the paper's date and the weekday or the page
 * (`青河区新闻 2024年6月14日 星期五`, `2024年11月8日 第3版 要闻`), an editor line (`责任编辑 林一帆
 * 校对 陈默`, `本版编辑 许朵`, `责编：林一帆 美编：许朵`).
 */
export const FURNITURE = new RegExp(
  `^(?:[^。！？!?，,]{0,20}${DATE}[ \\u3000]*(?:星期[一二三四五六日天]|${BANNER_PAGE})[^。！？!?，,]{0,20}` +
    `|[^。！？!?，,]{0,20}${BANNER_PAGE}[ \\u3000]*${DATE}[^。！？!?，,]{0,20}` +
    `|${EDITOR_ROLE}[ \\u3000:：]+[\\p{Script=Han}·]{2,4}(?:[ \\u3000、]+(?:${EDITOR_ROLE}[ \\u3000:：]+)?[\\p{Script=Han}·]{2,4})*)$`,
  'u',
);

/** A word every furniture line holds: lines without one need not try FURNITURE. */
export const FURNITURE_WORD = /星期|编|校对|审|版/u;

/**
 * An office, a body or a place printed as a kicker: `开发区财政局`, `区科协`,
 * `经开区宣传部（文明办）`, `二七区纪委监委`, `杏园街道`, `南湖社区`, `青河中学`. Short, no
 * verb, ends in an organisation word; a common noun that ends in one names no body (`农业农村`,
 * `美丽乡村`, `城乡`, `城镇`), nor does a clause that ends in one (`茶香飘山乡`, `梦回水乡`): a
 * township's name is a name of a letter or two before `乡` (`石湾乡`, `青河区青山乡`), while a noun
 * like `山乡`, `水乡`, `家乡` or `下乡` after two letters or more that name no district ends a phrase.
 * Congress, consultative and study bodies, societies and zones too
 * (`区人大常委会`, `区政协`, `区委理论学习中心组`, `区红十字会`, `青河经开区`), but not a bare
 * `…区` or `…园区`, which ends titles (`春风送岗进园区`). Never with `了` in it: a clause that ends in
 * an office word is a headline's half (`旧衣有了新去处`), not a body's name.
 */
export const DEPARTMENT =
  /^(?![^了]*了)[\p{Script=Han}]{0,12}(?:局|委|(?<![举承主协创开兴合筹代帮])办|部|中心|科协|院|处|所|室|站|队|厅|署|联|妇联|团委|管委会|委员会|联合会|商会|协会|工会|总工会|供销社|合作社|街道|办事处|社区|(?<![城乡])镇|(?<!城|[^区县市旗\P{Script=Han}]\p{Script=Han}[山水家故异他梦老下返回还思])乡|(?<![农乡])村|政府|集团|公司|法院|检察院|大队|支队|中队|学校|中学|小学|幼儿园|大学|学院|医院|图书馆|文化馆|博物馆|纪念馆|体育馆|档案馆|银行|人大|常委会|政协|[作消侨文]协|红十字会|慈善总会|[居村]委会|促进会|中心组|领导小组|开发区|经开区|高新区|集聚区|[工产]业园区|气象台)(?:[(（][\p{Script=Han}、]{1,12}[)）])?$/u;

/**
 * An issuer signing a notice over its date: an office's name, which may run long
 * (`青河区人民政府森林防火指挥部办公室`, `青河区第二实验小学`).
 */
export const ISSUER = new RegExp(DEPARTMENT.source.replace('{0,12}', '{0,24}'), 'u');

/**
 * Verbs that take their object after them: a headline piece ending in one is cut before the
 * object, never a half (`杏园街道举办` / `冬季消防安全培训`, `区政府召开 安全生产…推进会`). A verb
 * of motion with `进` or `入` after it names where the subject goes, so the place must follow
 * (`“清凉驿站”开进` / `建筑工地和快递网点`, `垃圾分类走入` / `百姓家`).
 */
export const AWAITS_OBJECT =
  /(?:举办|召开|开展|推出|组织|推行|开设|建立|新增|新建|[开走住搬送驶挺]进|[进走步迈融纳]入)$/u;

// Verbs an office does to something, which need not take an object after another subject
// (`新线路开通`, `平台上线`), but do after an office's name.
const OFFICE_VERB = /(?:开通|上线|发布|出台|印发|启动|公布|发放|设立|实施|部署|打造|推广|表彰|招募|征集)$/u;

/**
 * Whether a headline piece awaits its object: it ends in a verb of AWAITS_OBJECT, or it is an
 * office's name and one such verb and nothing more (`区医保局开通` / `“医保码”床旁结算`,
 * `区税务局上线` / `“青税通”办税平台`): an office does something to something, which a title names.
 */
export function awaitsObject(piece: string): boolean {
  if (AWAITS_OBJECT.test(piece)) return true;
  return OFFICE_VERB.test(piece) && DEPARTMENT.test(piece.slice(0, -2));
}

// Words that cannot close a headline's half.
const OPEN_HALF = codeTable('的在到于和与及暨为向对从将把被让给以由');

/** Whether a headline piece ends in a word no half ends with: it was cut in a phrase (`社区食堂开到`). */
export const endsOpen = (piece: string): boolean => OPEN_HALF.has(piece.charCodeAt(piece.length - 1));
