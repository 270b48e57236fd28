// Suggested articles for a raw page: see suggest.ts and docs/ARCHITECTURE.md.
export { splitDatelineByline } from './datelineByline';
export { suggestArticles, type SuggestedArticle } from './suggest';
export { untakenSuggestions } from './untaken';
