import { IDENTIFIER_KINDS, type IdentifierKind } from '../identifiers/types.ts';
import { oprfDescriptorIssues } from '../oprf/descriptor-rules.ts';
import { OPRF_LAYOUTS, OPRF_LIST_MAX_BYTES, OPRF_LIST_MAX_ENTRIES } from '../oprf/list-constants.ts';
import { oprfListDescriptorIssues } from '../oprf/list-descriptor-rules.ts';
import { z } from '../zod.ts';
import { HIBP_PREFIX_LENGTH } from './hash-hibp-sha1.ts';
import { XC_V1_MAX_ITERATIONS, XC_V1_MIN_ITERATIONS } from './hash-xc-v1.ts';
import { base64UrlToBytes } from './hex.ts';
import { MIN_PREFIX_BITS, maxPrefixBits } from './prefix.ts';
import { RANGE_SCHEMES, type SourceDescriptor } from './types.ts';
import { isAllowedSourceProtocol, LOCAL_HTTP_RULE } from './url-safety.ts';
import { templatePlaceholderIssue } from './url-template.ts';

/** Thrown when a descriptor is malformed or unsafe; `message` is meant for the person adding the source. */
export class SourceDescriptorError extends Error {
  override readonly name = 'SourceDescriptorError';
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}

const kindSchema = z.enum(IDENTIFIER_KINDS);
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const breachSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lower-case letters, digits and dashes'),
  title: text(200),
  operator: text(200),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  date: isoDate,
  dataClasses: z.array(text(60)).max(40),
  records: z.number().int().nonnegative().optional(),
  notice: z.string().optional(),
});

const hashSchema = z.discriminatedUnion('algorithm', [
  z.object({ algorithm: z.literal('sha1') }),
  z.object({
    algorithm: z.literal('pbkdf2-sha256'),
    iterations: z.number().int().min(XC_V1_MIN_ITERATIONS).max(XC_V1_MAX_ITERATIONS),
    salt: z.string().regex(/^[A-Za-z0-9_-]+$/, 'base64url'),
  }),
  z.object({
    algorithm: z.literal('oprf'),
    suite: text(64),
    keyId: text(64),
    publicKey: z.string().optional(),
    evaluateUrl: text(2048),
  }),
]);

const rawSchema = z.object({
  format: z.literal('exposure-check-source/1'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'lower-case letters, digits and dashes, 3 to 64 long'),
  name: text(120),
  publisher: text(120),
  homepage: z.string().optional(),
  scheme: z.enum(RANGE_SCHEMES),
  kinds: z.array(kindSchema).min(1).max(IDENTIFIER_KINDS.length),
  rangeUrl: text(2048),
  hash: hashSchema,
  buckets: z.partialRecord(
    kindSchema,
    z.object({
      prefixBits: z.number().int(),
      lines: z.number().int().min(1).max(100_000).optional(),
    }),
  ),
  layout: z.enum(OPRF_LAYOUTS).optional(),
  lists: z
    .partialRecord(
      kindSchema,
      z.object({
        entries: z.number().int().min(1).max(OPRF_LIST_MAX_ENTRIES),
        bytes: z.number().int().min(1).max(OPRF_LIST_MAX_BYTES),
        sha256: z.string().length(43),
      }),
    )
    .optional(),
  padded: z.boolean(),
  breaches: z.array(breachSchema).min(1).max(256),
  updated: z.iso.datetime({ offset: true }),
});

type RawDescriptor = z.infer<typeof rawSchema>;

/** Resolves `value` against `base` and refuses anything but https (http only on localhost and 127.0.0.1). */
function safeUrl(value: string, base: string, field: string, issues: string[]): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    issues.push(`${field}: not a valid URL`);
    return value;
  }
  if (!isAllowedSourceProtocol(url)) {
    issues.push(`${field}: must use https (${LOCAL_HTTP_RULE})`);
  }
  if (url.username !== '' || url.password !== '')
    issues.push(`${field}: must not contain a user name or password`);
  // URL() percent-encodes braces; restore the template placeholders.
  return url.href.replaceAll('%7Bprefix%7D', '{prefix}').replaceAll('%7Bkind%7D', '{kind}');
}

/** Placeholders only in the path or the query (src/core/range/url-template.ts says why). */
function checkTemplate(resolved: string, field: string, issues: string[]): void {
  const issue = templatePlaceholderIssue(resolved);
  if (issue !== undefined && !issues.some((i) => i.startsWith(`${field}:`)))
    issues.push(`${field}: ${issue}`);
}

/** Decoded salt length; a string of impossible base64url length (e.g. 5 characters) counts as 0. */
function saltBytes(salt: string): number {
  try {
    return base64UrlToBytes(salt).length;
  } catch {
    return 0;
  }
}

function checkScheme(raw: RawDescriptor, issues: string[]): void {
  const { scheme, hash } = raw;
  const expected = scheme === 'hibp-sha1' ? 'sha1' : scheme === 'xc-v1' ? 'pbkdf2-sha256' : 'oprf';
  if (hash.algorithm !== expected) issues.push(`hash.algorithm: scheme ${scheme} needs "${expected}"`);
  if (hash.algorithm === 'pbkdf2-sha256' && saltBytes(hash.salt) < 16) {
    issues.push('hash.salt: must be at least 16 bytes of base64url');
  }
  if (raw.layout === 'list') issues.push(...oprfListDescriptorIssues(raw));
  else if (hash.algorithm === 'oprf') issues.push(...oprfDescriptorIssues(hash, raw.kinds, raw.buckets));
  if (scheme === 'hibp-sha1' && raw.kinds.some((k) => k !== 'password')) {
    issues.push('kinds: the hibp-sha1 scheme checks passwords only; use xc-v1 for identifiers');
  }
  if (raw.layout !== 'list' && !raw.rangeUrl.includes('{prefix}')) {
    issues.push('rangeUrl: must contain {prefix}');
  }
  if (raw.kinds.length > 1 && !raw.rangeUrl.includes('{kind}')) {
    issues.push('rangeUrl: must contain {kind} when the source covers more than one kind');
  }
}

function checkBuckets(raw: RawDescriptor, issues: string[]): void {
  // A whole list has no prefix: nothing about the identifier is in its URL.
  for (const kind of raw.layout === 'list' ? [] : raw.kinds) {
    const bits = raw.buckets[kind]?.prefixBits;
    if (bits === undefined) {
      issues.push(`buckets.${kind}: missing prefixBits`);
    } else if (raw.scheme === 'hibp-sha1') {
      if (bits !== HIBP_PREFIX_LENGTH * 4) issues.push(`buckets.${kind}.prefixBits: hibp-sha1 uses 20 bits`);
    } else if (bits < MIN_PREFIX_BITS || bits > maxPrefixBits(kind)) {
      issues.push(
        `buckets.${kind}.prefixBits: ${bits} is outside the safe range ${MIN_PREFIX_BITS}–${maxPrefixBits(kind)} ` +
          '(a longer prefix would narrow a person down to fewer than 10,000 candidates)',
      );
    }
  }
  const ids = new Set<string>();
  for (const breach of raw.breaches) {
    if (ids.has(breach.id)) issues.push(`breaches: duplicate id "${breach.id}"`);
    ids.add(breach.id);
  }
}

/**
 * Validates a source descriptor fetched from `descriptorUrl` (relative URLs resolve against it).
 * Throws SourceDescriptorError with every problem found, in words a person can act on.
 */
export function parseSourceDescriptor(json: unknown, descriptorUrl: string): SourceDescriptor {
  const parsed = rawSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SourceDescriptorError(`This is not a valid source description. ${issues.join('; ')}`, issues);
  }
  const raw = parsed.data;
  const issues: string[] = [];
  const rangeUrl = safeUrl(raw.rangeUrl, descriptorUrl, 'rangeUrl', issues);
  const homepage =
    raw.homepage === undefined ? undefined : safeUrl(raw.homepage, descriptorUrl, 'homepage', issues);
  const breaches = raw.breaches.map((b, i) =>
    b.notice === undefined
      ? b
      : { ...b, notice: safeUrl(b.notice, descriptorUrl, `breaches.${i}.notice`, issues) },
  );
  const hash =
    raw.hash.algorithm === 'oprf'
      ? { ...raw.hash, evaluateUrl: safeUrl(raw.hash.evaluateUrl, descriptorUrl, 'hash.evaluateUrl', issues) }
      : raw.hash;
  checkTemplate(rangeUrl, 'rangeUrl', issues);
  if (hash.algorithm === 'oprf') checkTemplate(hash.evaluateUrl, 'hash.evaluateUrl', issues);
  checkScheme(raw, issues);
  checkBuckets(raw, issues);
  if (issues.length > 0) {
    throw new SourceDescriptorError(`This source cannot be used safely. ${issues.join('; ')}`, issues);
  }
  const buckets: SourceDescriptor['buckets'] = {};
  for (const kind of raw.kinds) {
    const layout = raw.buckets[kind];
    if (layout !== undefined) buckets[kind] = layout;
  }
  const lists: NonNullable<SourceDescriptor['lists']> = {};
  for (const kind of raw.layout === 'list' ? raw.kinds : []) {
    const list = raw.lists?.[kind];
    if (list !== undefined) lists[kind] = list;
  }
  const descriptor: SourceDescriptor = {
    ...raw,
    kinds: [...new Set<IdentifierKind>(raw.kinds)],
    rangeUrl,
    hash,
    buckets,
    breaches,
  };
  if (raw.layout === 'list') descriptor.lists = lists;
  else delete descriptor.lists;
  if (raw.layout === undefined) delete descriptor.layout;
  if (homepage === undefined) delete descriptor.homepage;
  else descriptor.homepage = homepage;
  return descriptor;
}
