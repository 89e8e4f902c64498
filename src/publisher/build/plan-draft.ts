import { IDENTIFIER_KINDS, z } from '../../core/index.ts';
import { CSV_DELIMITERS } from '../input/csv-fields.ts';
import { INPUT_FORMATS } from '../input/read-input.ts';
import { PUBLISH_SCHEMES } from './build-plan.ts';

const draftInputSchema = z.object({
  file: z.string().min(1),
  kinds: z.array(z.enum(IDENTIFIER_KINDS)).min(1),
  format: z.enum(INPUT_FORMATS).optional(),
  /** Column (CSV) or field path (NDJSON) per kind. */
  columns: z.record(z.string(), z.string()).optional(),
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  /** Path of a breach.json (relative to the plan file), or the breach itself. */
  breach: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});

/**
 * A build plan as a person writes it (a plan file, or flags on the command line): most fields
 * optional, paths relative to `baseDir`. `resolvePlan` turns it into a BuildPlan.
 */
export const planDraftSchema = z.object({
  sourceId: z.string().optional(),
  name: z.string().optional(),
  publisher: z.string().optional(),
  homepage: z.string().optional(),
  scheme: z.enum(PUBLISH_SCHEMES).optional(),
  iterations: z.number().int().optional(),
  salt: z.string().optional(),
  prefixBits: z.number().int().optional(),
  minLines: z.number().int().nonnegative().optional(),
  updated: z.string().optional(),
  strict: z.boolean().optional(),
  maxInvalidPercent: z.number().min(0).max(100).optional(),
  out: z.string().optional(),
  keyFile: z.string().optional(),
  evaluateUrl: z.string().optional(),
  layout: z.enum(['auto', 'list', 'buckets']).optional(),
  inputs: z.array(draftInputSchema).min(1),
});

export type DraftInput = z.infer<typeof draftInputSchema>;
export type PlanDraft = z.infer<typeof planDraftSchema>;
