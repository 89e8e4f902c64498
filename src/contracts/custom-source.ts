import { isAllowedSourceProtocol, parseSourceDescriptor } from '../core/range/index.ts';
import type { SourceDescriptor } from '../core/range/index.ts';
import { z } from '../core/zod.ts';
import { timestampSchema } from './identifier-schemas.ts';

/** Where a source.json may live: https anywhere, plain http only on localhost and 127.0.0.1 (see url-safety). */
export const sourceUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return isAllowedSourceProtocol(url) && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'expected an https:// address (plain http:// only for localhost and 127.0.0.1)');

/** Descriptors are re-validated when read back, so a hand-edited or corrupted one is never trusted. */
const descriptorFromUrl = (url: string, raw: unknown, ctx: z.RefinementCtx): SourceDescriptor => {
  try {
    return parseSourceDescriptor(raw, url);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : 'invalid descriptor' });
    return z.NEVER;
  }
};

/** Why the last attempt to re-read a source.json failed; the descriptor fetched before stays in use. */
export const sourceRefreshErrorSchema = z.object({
  message: z.string().max(500),
  at: timestampSchema,
});
export type SourceRefreshError = z.infer<typeof sourceRefreshErrorSchema>;

/**
 * A re-read source.json that changes what keys are made from (salt, prefix length, scheme, OPRF key,
 * addresses or kinds): held here, not used, until the person confirms it on the settings page, as when
 * the source was first added. See keyChangesBetween in src/core/range/key-params.ts.
 */
export const pendingChangeSchema = z.object({
  descriptor: z.unknown(),
  /** When this version was read. */
  seenAt: timestampSchema,
});

export interface PendingChange {
  descriptor: SourceDescriptor;
  seenAt: string;
}

/** A pending change that no longer validates is dropped; the source itself is kept. */
function pendingFromUrl(
  url: string,
  raw: z.infer<typeof pendingChangeSchema> | undefined,
): PendingChange | undefined {
  if (raw === undefined) return undefined;
  try {
    return { descriptor: parseSourceDescriptor(raw.descriptor, url), seenAt: raw.seenAt };
  } catch {
    return undefined;
  }
}

/**
 * A source the user added by the URL of its source.json, after seeing its publisher and breaches. The
 * descriptor is re-read from `url` from time to time (publishers append breaches), see
 * src/background/sources/refresh-sources.ts.
 */
export const customSourceSchema = z
  .object({
    url: sourceUrlSchema,
    descriptor: z.unknown(),
    enabled: z.boolean(),
    addedAt: timestampSchema,
    /** When `descriptor` was fetched; absent in sources saved before refreshes (then `addedAt`). */
    fetchedAt: timestampSchema.optional(),
    /** Set when the latest refresh failed (fetch or validation); cleared by the next good one. */
    lastRefreshError: sourceRefreshErrorSchema.optional(),
    /** A newer source.json waiting for the person's confirmation; `descriptor` stays in use until then. */
    pendingChange: pendingChangeSchema.optional(),
  })
  .transform((value, ctx) => {
    const { pendingChange: rawPending, ...rest } = value;
    const source: Omit<typeof rest, 'descriptor'> & {
      descriptor: SourceDescriptor;
      pendingChange?: PendingChange;
    } = { ...rest, descriptor: descriptorFromUrl(value.url, value.descriptor, ctx) };
    const pendingChange = pendingFromUrl(value.url, rawPending);
    if (pendingChange !== undefined) source.pendingChange = pendingChange;
    return source;
  });

export type CustomSource = z.output<typeof customSourceSchema>;

/** Keeps every custom source that still validates and drops only the broken ones. */
export const customSourceListSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = customSourceSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);
