import { IDENTIFIER_KINDS } from '../core/identifiers/index.ts';
import { z } from '../core/zod.ts';

export const identifierKindSchema = z.enum(IDENTIFIER_KINDS);

/** ISO 3166-1 alpha-2, upper case ("PL", "DK"). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code');

/** What the user typed. Bounded so a pasted novel cannot tie up the worker; never stored or logged. */
export const identifierInputSchema = z.string().min(1).max(512);

/** Opaque record ids we mint (UUIDs) and finding ids the UI derives from them. */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'expected a record id');

/** ISO 8601 date-time with offset, as produced by Date#toISOString. */
export const timestampSchema = z.iso.datetime({ offset: true });
