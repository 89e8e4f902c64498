import type { CheckReport } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { checkParsed, sourcesFor } from '../check/check-parsed.ts';
import { historyRecordOf } from '../check/history-of.ts';
import { parseWithSettings } from '../check/parse-with-settings.ts';
import { summaryOf } from '../sources/configured-sources.ts';

/**
 * Checks one identifier. The plaintext lives only in this call's memory: it is hashed per source, and
 * what is answered and recorded in history is the masked hint, the kind and the per-source outcomes.
 */
export const check: Handler<'ui/check', BackgroundDeps> = async ({ kind, input }, deps) => {
  const settings = await deps.settings.get();
  const now = deps.now();
  const parsed = parseWithSettings(kind, input, settings, now);
  const results = await checkParsed(parsed, sourcesFor(parsed, settings, deps), deps);
  const report: CheckReport = {
    checkId: deps.newId(),
    kind: parsed.kind,
    hint: parsed.masked,
    checkedAt: now.toISOString(),
    results: results.map(({ source, outcome }) => ({ source: summaryOf(source), outcome })),
  };
  if (parsed.country !== undefined) report.country = parsed.country;
  const { results: _omit, checkId, ...fields } = report;
  await deps.db.history.add(historyRecordOf({ ...fields, id: checkId, trigger: 'manual' }, results), now);
  return report;
};
