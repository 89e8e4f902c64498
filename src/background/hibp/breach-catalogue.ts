import {
  HIBP_CATALOGUE_MAX_AGE_MS,
  hibpBreachCatalogueSchema,
  type HibpBreach,
  type HibpBreachCatalogue,
} from '../../contracts/index.ts';
import { z } from '../../core/zod.ts';
import { hibpGet, parseJson } from './hibp-request.ts';

/** The whole catalogue with its HTML descriptions is a few MiB today; 32 MiB refuses a flood. */
const MAX_CATALOGUE_BYTES = 32 * 1024 * 1024;

// HIBP's breach model: only what a result shows is read; Description (HTML) is never kept.
const breachModelSchema = z.object({
  Name: z.string().min(1).max(120),
  Title: z.string().max(200),
  Domain: z.string().max(200).catch(''),
  BreachDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  PwnCount: z.number().int().nonnegative().optional().catch(undefined),
  DataClasses: z.array(z.string()).catch(() => []),
});

export function toHibpBreach(model: z.infer<typeof breachModelSchema>): HibpBreach {
  const breach: HibpBreach = {
    name: model.Name,
    title: model.Title,
    domain: model.Domain,
    date: model.BreachDate,
    dataClasses: model.DataClasses.slice(0, 40).map((c) => c.slice(0, 60)),
  };
  if (model.PwnCount !== undefined) breach.count = model.PwnCount;
  return breach;
}

/** Where the reduced catalogue is kept between checks. */
export interface CatalogueStore {
  get(): Promise<unknown>;
  set(catalogue: HibpBreachCatalogue): Promise<void>;
}

export interface CatalogueDeps {
  fetch: typeof fetch;
  store: CatalogueStore;
  now(): Date;
}

/**
 * HIBP's keyless breach catalogue, cached: read again when older than a week. When it cannot be read the
 * older copy serves; with no copy at all the result names breaches by HIBP's name only. Whether it is
 * read depends only on its age, never on what a search found, so the request says nothing about the
 * person's result.
 */
export async function breachCatalogue(deps: CatalogueDeps): Promise<ReadonlyMap<string, HibpBreach>> {
  const cached = hibpBreachCatalogueSchema.safeParse(await deps.store.get());
  const now = deps.now();
  const fresh =
    cached.success && now.getTime() - Date.parse(cached.data.fetchedAt) < HIBP_CATALOGUE_MAX_AGE_MS;
  let catalogue = cached.success ? cached.data : undefined;
  if (!fresh) {
    try {
      const text = await hibpGet('/breaches', {
        fetch: deps.fetch,
        maxBytes: MAX_CATALOGUE_BYTES,
        now: () => now.getTime(),
      });
      const models = z.array(z.unknown()).max(5000).parse(parseJson(text));
      // One odd entry costs that breach its details, not the whole catalogue.
      const breaches = models.flatMap((m) => {
        const parsed = breachModelSchema.safeParse(m);
        return parsed.success ? [toHibpBreach(parsed.data)] : [];
      });
      catalogue = { fetchedAt: now.toISOString(), breaches };
      await deps.store.set(catalogue);
    } catch {
      // Keep the older copy (or none): the search result itself does not depend on the catalogue.
    }
  }
  return new Map((catalogue?.breaches ?? []).map((b) => [b.name, b]));
}
