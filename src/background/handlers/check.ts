import type { CheckReport, SourceResult } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { checkParsed, sourcesFor } from '../check/check-parsed.ts';
import { confirmDetectedKind } from '../check/confirm-kind.ts';
import { hibpEmailOutcome, hibpSummary, usesHibp } from '../check/hibp-email-check.ts';
import { historyRecordOf } from '../check/history-of.ts';
import { parseWithSettings } from '../check/parse-with-settings.ts';
import { summaryOf } from '../sources/configured-sources.ts';
import { refreshCustomSources, SOURCE_REFRESH_MAX_AGE_MS } from '../sources/refresh-sources.ts';

/**
 * Checks one identifier. The plaintext lives only in this call's memory: it is hashed per source (and,
 * for an email with an HIBP key, sent to HIBP's search as the user chose), and what is answered and
 * recorded in history is the masked hint, the kind and the per-source outcomes.
 */
export const check: Handler<'ui/check', BackgroundDeps> = async ({ kind, input, kindFrom }, deps) => {
  const now = deps.now();
  const at = now.toISOString();
  const current = await deps.settings.get();
  confirmDetectedKind(kind, input, kindFrom, current, now);
  const parsed = parseWithSettings(kind, input, current, now);
  // Publishers append breaches to their source.json; a copy read a while ago would not know them.
  const refresh = { maxAgeMs: SOURCE_REFRESH_MAX_AGE_MS, kind: parsed.kind };
  const { settings } = await refreshCustomSources(deps, refresh);
  const sources = sourcesFor(parsed, settings, deps);
  const apiKey = usesHibp(parsed, settings) ? settings.hibpApiKey : null;
  // No source covers this kind: the answer is "not checkable privately yet", a typed outcome the
  // person sees with what is known about leaks of this kind. Nothing was compared, nothing was sent.
  const coverage = sources.length === 0 && apiKey === null ? 'not-checkable' : 'checked';
  const [ranged, hibp] = await Promise.all([
    checkParsed(parsed, sources, deps),
    apiKey === null ? undefined : hibpEmailOutcome(parsed, apiKey, deps),
  ]);
  const results: SourceResult[] = ranged.map(({ source, outcome }) => ({
    source: summaryOf(source),
    outcome,
  }));
  if (hibp !== undefined) results.push({ source: hibpSummary(at), outcome: hibp });
  const checkId = deps.newId();
  const report: CheckReport = {
    checkId,
    kind: parsed.kind,
    hint: parsed.masked,
    checkedAt: at,
    results,
    coverage,
  };
  if (parsed.country !== undefined) report.country = parsed.country;
  const { results: _omit, checkId: _id, ...fields } = report;
  const named = results.map((r) => ({ source: r.source, outcome: r.outcome }));
  await deps.db.history.add(historyRecordOf({ ...fields, id: checkId, trigger: 'manual' }, named), now);
  return report;
};
