// What the headline parts of an article look like: the cues segmentation decides by (DOMAIN.md).
// Line and unit kinds (headline, dateline, byline…) come from the page's structure reading,
// shared with cleanup (clean/structure.ts).

export { DEPARTMENT } from '../clean/patterns';
/** Section labels over a cluster of articles: the structure reading knows them too (a label is no name under a byline). */
export { SECTION } from '../clean/structure';

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
