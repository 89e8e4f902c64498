import { CheckFailure } from './errors.ts';
import { isAllowedSourceProtocol } from './url-safety.ts';

/**
 * The one place that knows how a source's URL templates (`rangeUrl`, `hash.evaluateUrl`) may use the
 * `{prefix}` and `{kind}` placeholders. A placeholder in the host name would put the prefix into DNS
 * and the TLS handshake in clear, and the host contacted would not be the host the person allowed; so
 * placeholders live only in the path or the query, and the origin of a filled-in URL never depends on
 * what fills it.
 */
export const PLACEHOLDER_RULE = '{prefix} and {kind} may appear only in the path or the query';

export interface TemplateValues {
  prefix: string;
  kind: string;
}

const PLACEHOLDER_TRACE = /[{}]|%7b|%7d/i;

/** Two fillings as different as prefixes and kinds get: an origin that changes between them is unsafe. */
const PROBES: readonly TemplateValues[] = [
  { prefix: '0', kind: 'pesel' },
  { prefix: 'FFFFF', kind: 'it-codice-fiscale' },
];

export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replaceAll('{prefix}', values.prefix).replaceAll('{kind}', values.kind);
}

function parse(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** Undefined when the template is fine; otherwise why it is not (for a descriptor's issue list). */
export function templatePlaceholderIssue(template: string): string | undefined {
  const url = parse(template);
  if (url === undefined) return 'not a valid URL';
  const outsidePathAndQuery = [url.protocol, url.username, url.password, url.host, url.hash].join('');
  if (PLACEHOLDER_TRACE.test(outsidePathAndQuery)) return PLACEHOLDER_RULE;
  const stable = PROBES.every((values) => parse(fillTemplate(template, values))?.origin === url.origin);
  return stable ? undefined : PLACEHOLDER_RULE;
}

/**
 * The origin every request made from `template` goes to (what host permissions are checked against),
 * or undefined when the template is unusable or its origin would depend on the placeholders.
 */
export function requestOriginOf(template: string): string | undefined {
  if (templatePlaceholderIssue(template) !== undefined) return undefined;
  return parse(fillTemplate(template, PROBES[0] as TemplateValues))?.origin;
}

const unsupported = (detail: string): CheckFailure => new CheckFailure('unsupported', detail);

/**
 * Re-checked at request time, because a descriptor built by hand never went through
 * parseSourceDescriptor: https (http only on localhost and 127.0.0.1), no credentials, no placeholder outside the path
 * or the query. `what` names the address in the message ("range address").
 */
export function assertSendableTemplate(template: string, what: string): void {
  const url = parse(template);
  if (url === undefined) throw unsupported(`its ${what} is not a valid URL`);
  if (!isAllowedSourceProtocol(url) || url.username !== '' || url.password !== '') {
    throw unsupported(`its ${what} is not a private https address`);
  }
  if (templatePlaceholderIssue(template) !== undefined) {
    throw unsupported(`its ${what} puts placeholders in the host name (${PLACEHOLDER_RULE})`);
  }
}

/** Fills a template that passed assertSendableTemplate; the result keeps the template's origin. */
export function fillSendableTemplate(template: string, values: TemplateValues, what: string): string {
  assertSendableTemplate(template, what);
  const filled = fillTemplate(template, values);
  if (parse(filled)?.origin !== parse(template)?.origin) {
    throw unsupported(`its ${what} would change host once filled in`);
  }
  return filled;
}
