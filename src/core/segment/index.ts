// Suggested articles for a raw page: see suggest.ts and docs/ARCHITECTURE.md.
export { suggestArticles, type SuggestedArticle } from './suggest';
export { untakenSuggestions } from './untaken';
