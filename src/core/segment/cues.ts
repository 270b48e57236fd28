// What the headline parts of an article look like: the cues segmentation decides by (DOMAIN.md).
// Line and unit kinds (headline, dateline, byline…) come from the page's structure reading,
// shared with cleanup (clean/structure.ts).

export { DEPARTMENT } from '../clean/patterns';

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
