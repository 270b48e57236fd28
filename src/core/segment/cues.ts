// What the headline parts of an article look like: the cues segmentation decides by (DOMAIN.md).
// Line and unit kinds (headline, dateline, byline…) come from the page's structure reading,
// shared with cleanup (clean/structure.ts).

export { isHeadlineLike } from '../clean/structure';

/**
 * An office, a body or a place printed as a kicker: `开发区财政局`, `区科协`,
 * `经开区宣传部（文明办）`, `二七区纪委监委`, `杏园街道`, `南湖社区`, `青河中学`. Short, no
 * verb, ends in an organisation word.
 */
export const DEPARTMENT =
  /^[\p{Script=Han}]{0,12}(?:局|委|办|部|中心|科协|院|处|所|室|站|队|厅|署|联|妇联|团委|管委会|委员会|联合会|商会|协会|工会|总工会|供销社|合作社|街道|办事处|社区|镇|乡|村|政府|集团|公司|法院|检察院|大队|支队|中队|学校|中学|小学|幼儿园|大学|学院|医院|图书馆|文化馆|博物馆|纪念馆|体育馆|银行)(?:[(（][\p{Script=Han}、]{1,12}[)）])?$/u;

/** Section labels over a cluster of articles (`新闻连连看`, `城区时讯`, `城区要闻`). */
export const SECTION =
  /^[\p{Script=Han}]{0,6}(?:连连看|时讯|要闻|快讯|简讯|动态|速递|视点|聚焦|一线|专栏|传真|纵横|广角|之窗|时评|观察|新闻|资讯|直通车|风采)$/u;

/** A label short enough to be a section (`教育`, `社会民生`, `乡村振兴`): Han characters only. */
export const LABEL = /^[\p{Script=Han}]{2,6}$/u;

/** The name of a department without its place (`经开区财政局（审计局）` → `财政局`, `审计局`), for matching. */
export function departmentCores(kicker: string): string[] {
  const cores: string[] = [];
  const paren = /[(（]([^()（）]+)[)）]/u.exec(kicker);
  const bare = kicker.replace(/[(（][^()（）]*[)）]/gu, '');
  const core = bare.replace(/^[\p{Script=Han}]{0,4}?[区县市省镇乡]/u, '');
  if (core.length >= 2) cores.push(core);
  if (paren && paren[1].length >= 2) cores.push(paren[1]);
  return cores;
}
