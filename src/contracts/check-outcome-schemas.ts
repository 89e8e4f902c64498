import { z } from '../core/zod.ts';
import { identifierKindSchema } from './identifier-schemas.ts';

/** Mirrors core's BreachRef; validated again on the UI side of the message boundary. */
export const breachRefSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  operator: z.string().max(200),
  country: z.string().optional(),
  date: z.string().max(10),
  dataClasses: z.array(z.string().max(60)).max(40),
  records: z.number().int().nonnegative().optional(),
  notice: z.string().optional(),
});

/** core's CheckErrorCode plus what the background adds before a request is even made. */
export const OUTCOME_ERROR_CODES = [
  'network',
  'timeout',
  'http',
  'rate-limited',
  'malformed',
  'too-large',
  'redirect',
  'unsupported',
  'permission-missing',
  /** The person's HIBP key has no access to the private (range) email search. */
  'key-tier',
  /** The person declined the browser's data-collection consent (Firefox 140+) the search needs. */
  'consent-missing',
] as const;
export type OutcomeErrorCode = (typeof OUTCOME_ERROR_CODES)[number];

export const checkOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    count: z.number().int().nonnegative(),
    breaches: z.array(breachRefSchema),
  }),
  z.object({ status: z.literal('not-found') }),
  z.object({
    status: z.literal('error'),
    code: z.enum(OUTCOME_ERROR_CODES),
    message: z.string(),
    retryAfterSeconds: z.number().nonnegative().optional(),
  }),
]);
export type ResultOutcome = z.infer<typeof checkOutcomeSchema>;

/** Who answered: enough for the UI to credit the source and say how fresh its data is. */
export const sourceSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  publisher: z.string(),
  updated: z.string(),
  homepage: z.string().optional(),
  builtIn: z.boolean(),
  /**
   * Custom sources only: the host the person added it from. What the UI credits it to, since a
   * source.json may call itself anything ("Have I Been Pwned") and its name and publisher are its own claim.
   */
  addedFrom: z.string().max(253).optional(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceResultSchema = z.object({
  source: sourceSummarySchema,
  outcome: checkOutcomeSchema,
});
export type SourceResult = z.infer<typeof sourceResultSchema>;

/** The answer to one check: never the identifier, only its masked hint. */
export const checkReportSchema = z.object({
  /** History record id; also the finding id for guidance progress. */
  checkId: z.string(),
  kind: identifierKindSchema,
  country: z.string().optional(),
  hint: z.string(),
  checkedAt: z.string(),
  results: z.array(sourceResultSchema),
  /**
   * 'not-checkable': no enabled source covers this kind, so the identifier was compared with nothing
   * (results is empty). The answer is "not checkable privately yet" with what is known, never an error.
   */
  coverage: z.enum(['checked', 'not-checkable']),
});
export type CheckReport = z.infer<typeof checkReportSchema>;
