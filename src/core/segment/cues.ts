// What a printed unit of the page looks like: the cues segmentation decides by (DOMAIN.md).

import { BYLINE_BLOCK, CAPTION, CREDIT, DATELINE, HEADING, ROLE_START } from '../clean/patterns';

export type UnitKind = 'heading' | 'headline' | 'dateline' | 'byline' | 'caption' | 'credit' | 'text';

/**
 * A department or body of government printed as a kicker: `开发区财政局`, `区科协`,
 * `经开区宣传部（文明办）`, `二七区纪委监委`. Short, no verb, ends in an office word.
 */
export const DEPARTMENT =
  /^[\p{Script=Han}]{0,12}(?:局|委|办|部|中心|科协|院|处|所|室|站|队|厅|署|联|妇联|团委|管委会|委员会|联合会|商会|协会|工会|街道|办事处|政府|集团|公司|法院|检察院|大队|支队|中队|学校|医院)(?:[(（][\p{Script=Han}、]{1,12}[)）])?$/u;

/** Section labels over a cluster of articles (`新闻连连看`, `城区时讯`, `城区要闻`). */
export const SECTION =
  /^[\p{Script=Han}]{1,6}(?:连连看|时讯|要闻|快讯|简讯|动态|速递|视点|聚焦|一线|专栏|传真|纵横|广角|之窗|时评|观察|新闻|资讯|直通车|风采)$/u;

// Headlines have no sentence punctuation and are short; they may have a comma (intertitles do).
const HEADLINE = /^[^。！？!?；;]{2,40}$/u;
const OPEN_END = /[，,、：:“‘（(《]$/u;

/** Strips the markdown heading marks, returning the level (1–6) or 0 for plain text. */
export function headingLevel(text: string): number {
  const m = /^(#{1,6})[ \t]+/.exec(text);
  return m ? m[1].length : 0;
}

/** Whether a (line-joined) unit reads as a headline: short, no sentence punctuation, not open-ended. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 40 && HEADLINE.test(text) && !OPEN_END.test(text) && !/^\d/.test(text);
}

export function kindOf(text: string): UnitKind {
  if (HEADING.test(text)) return 'heading';
  if (DATELINE.test(text)) return 'dateline';
  if (ROLE_START.test(text)) {
    const spaced = text.replace(/\s+/g, ' ');
    if (CREDIT.test(spaced)) return 'credit';
    if (BYLINE_BLOCK.test(spaced)) return 'byline';
  }
  if (CAPTION.test(text)) return 'caption';
  if (isHeadlineLike(text)) return 'headline';
  return 'text';
}

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
