import { KEY_CHANGES, RANGE_SCHEMES } from '../../core/range/index.ts';
import { z } from '../../core/zod.ts';
import { breachRefSchema, sourceSummarySchema } from '../check-outcome-schemas.ts';
import { sourceRefreshErrorSchema, sourceUrlSchema } from '../custom-source.ts';
import { identifierKindSchema, timestampSchema } from '../identifier-schemas.ts';
import { defineMessage } from './define-message.ts';

const sourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'expected a source id');

/** A configured source as the settings page shows it. */
export const sourceViewSchema = sourceSummarySchema.extend({
  kinds: z.array(identifierKindSchema),
  scheme: z.enum(RANGE_SCHEMES),
  /**
   * What a check sends that depends on the identifier: nothing but a blinded element (an xc-oprf-v1
   * whole list), or a hash prefix. Absent reads as a prefix, so a view never claims more than is true.
   */
  privacy: z.enum(['reveals-nothing', 'hash-prefix']).optional(),
  enabled: z.boolean(),
  breaches: z.array(breachRefSchema),
  /** Custom sources only: where their source.json lives and when it was added. */
  url: z.string().optional(),
  addedAt: timestampSchema.optional(),
  /** Custom sources only: when the description in use was fetched, and why the latest re-read failed. */
  fetchedAt: timestampSchema.optional(),
  lastRefreshError: sourceRefreshErrorSchema.optional(),
  /** Host permission patterns this source needs (`https://host/*`); empty for built-ins. */
  origins: z.array(z.string()),
  /**
   * The same hosts with their ports (`localhost:8080`), as shown to the person: a granted pattern covers
   * every port of its host, so the port this source uses is said in words.
   */
  addresses: z.array(z.string()).optional(),
  /** False when an optional host permission is missing: checks against it will fail until granted. */
  permissionGranted: z.boolean(),
  /**
   * Custom sources only: a newer source.json changes how keys are made (what changed, when it was read,
   * the hosts it needs). The source is not checked until the person confirms it (ui/sources.confirmChange).
   */
  pendingChange: z
    .object({
      changes: z.array(z.enum(KEY_CHANGES)),
      seenAt: timestampSchema,
      kinds: z.array(identifierKindSchema),
      origins: z.array(z.string()),
      addresses: z.array(z.string()).optional(),
    })
    .optional(),
  /**
   * Other configured sources from the same publisher or host that cover a kind this one covers: each
   * uses its own salt, so one party could receive two different prefixes of one identifier.
   */
  overlaps: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        kinds: z.array(identifierKindSchema),
        sharedBy: z.enum(['publisher', 'host']),
      }),
    )
    .optional(),
});
export type SourceView = z.infer<typeof sourceViewSchema>;

const sourceResponse = z.object({ source: sourceViewSchema });

export const sourceMessages = {
  'ui/sources.list': defineMessage(z.object({}).strict(), z.object({ sources: z.array(sourceViewSchema) })),
  /**
   * Fetch and validate a source.json without saving anything, so the user sees publisher and breaches
   * before trusting it. The UI should request the URL's origin permission (user gesture) first.
   */
  'ui/sources.preview': defineMessage(
    z.object({ url: sourceUrlSchema }).strict(),
    z.object({ preview: sourceViewSchema, alreadyAdded: z.boolean() }),
  ),
  /** Re-fetches and re-validates (never trusts a descriptor sent by the page); needs every origin granted. */
  'ui/sources.add': defineMessage(z.object({ url: sourceUrlSchema }).strict(), sourceResponse),
  'ui/sources.remove': defineMessage(
    z.object({ id: sourceIdSchema }).strict(),
    z.object({ removed: z.boolean() }),
  ),
  'ui/sources.setEnabled': defineMessage(
    z.object({ id: sourceIdSchema, enabled: z.boolean() }).strict(),
    sourceResponse,
  ),
  /**
   * Adopts a source's pending change (a new salt, prefix length, key or address), as the person saw it
   * on the settings page. Every host the new description needs must already be granted.
   */
  'ui/sources.confirmChange': defineMessage(z.object({ id: sourceIdSchema }).strict(), sourceResponse),
};
