import { describe, expect, it } from 'vitest';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { portalCatalogueSchema } from '../../../src/contracts/portal-catalogue.ts';
import { UNPARSED_PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-unparsed.ts';

describe('the catalogue the content script reads without zod', () => {
  it('is exactly what validation yields, so skipping the parse on the page changes nothing', () => {
    expect(portalCatalogueSchema.safeParse(UNPARSED_PORTAL_CATALOGUE).success).toBe(true);
    expect(UNPARSED_PORTAL_CATALOGUE).toStrictEqual(PORTAL_CATALOGUE);
  });
});
