// Suggested articles for a raw page: see suggest.ts and docs/ARCHITECTURE.md.
export { suggestArticles, type SuggestedArticle } from './suggest';
export { DEPARTMENT, SECTION, isHeadlineLike } from './cues';
export { untakenSuggestions } from './untaken';
