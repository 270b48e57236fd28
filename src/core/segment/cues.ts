// What the headline parts of an article look like: the cues segmentation decides by (DOMAIN.md).
// Line and unit kinds (headline, dateline, byline…) come from the page's structure reading,
// shared with cleanup (clean/structure.ts).

export { DEPARTMENT } from '../clean/patterns';
/** Section labels over a cluster of articles: the structure reading knows them too (a label is no name under a byline). */
export { SECTION } from '../clean/structure';

/** A label short enough to be a section (`教育`, `社会民生`, `乡村振兴`, `镇街·动态`): Han characters only. */
export { LABEL_LINE as LABEL } from '../clean/structure';

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

/**
 * A story's first sentence says when (`近日，…`, `9月10日，…`, `入夏以来，…`, `重阳节前夕，…`) or
 * where the news came from (`记者从区住建局获悉，…`); the text under an intertitle goes on with
 * what its story told. On the train pages 105 ledes of 125 open so, and 1 of 25 paragraphs
 * under an intertitle.
 */
export const LEDE_OPENING =
  /^(?:[^。！？!?]{0,24}?(?:近日|日前|近期|近来|近年来|即日起|连日来|昨天|昨日|今天|今日|当天|前不久|不久前|进入 ?\d{1,2} ?月|\d{1,2}月至\d{1,2}月|\d{1,2} ?月 ?\d{1,2} ?日|[上中下]旬|以来|前夕)|记者[^，。,]{0,16}(?:获悉|了解到))/u;
