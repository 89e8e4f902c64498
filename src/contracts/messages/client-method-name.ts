import type { MessageName, UiMessageName } from './message-map.ts';

/** `ui/check` → `check`, `ui/watchlist.add` → `watchlistAdd`, `ui/data.deleteAll` → `dataDeleteAll`. */
export type ClientMethodName<N extends MessageName> = N extends `ui/${infer Area}.${infer Verb}`
  ? `${Area}${Capitalize<Verb>}`
  : N extends `ui/${infer Verb}`
    ? Verb
    : never;

/** The same mapping at run time; a test checks it agrees with the type for every name. */
export function clientMethodName<N extends UiMessageName>(name: N): ClientMethodName<N> {
  const [area = '', verb] = name.slice('ui/'.length).split('.');
  const method = verb === undefined ? area : area + verb.charAt(0).toUpperCase() + verb.slice(1);
  return method as ClientMethodName<N>;
}
