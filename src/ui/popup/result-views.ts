// The views that show an answer, with the guidance rules and the incident catalogue they render. Loaded
// as their own chunk (use-result-views.ts), so the popup's field is usable before this code arrives.
export { IncidentAnswer } from '../shared/incident-answer.tsx';
export { CheckResults } from './check-results.tsx';
export { WatchlistItem } from './watchlist-item.tsx';
