// The help chunk: search and article travel together, so opening an article
// from the list needs no second fetch.
export { ArticleScreen } from './ArticleScreen.tsx';
export { HelpScreen } from './HelpScreen.tsx';
