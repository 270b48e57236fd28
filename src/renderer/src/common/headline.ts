// The one short name of an article wherever a list shows it. Defined in the core, so the
// review figures stored beside each article (db/figures.ts) name it the same way.

export { displayHeadline, HEADLINE_LENGTH } from '../../../core/article/headline';
