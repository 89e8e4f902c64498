import type { CheckReport, ReportVerdict } from '../../contracts/index.ts';
import type { Translator } from '../../platform/i18n.ts';
import { formatNumber } from '../shared/format.ts';
import { kindName } from '../shared/kind-labels.ts';
import { pluralKey } from '../shared/plural.ts';
import { verdictFigures } from './verdict-of-report.ts';

export interface VerdictText {
  title: string;
  detail: string;
}

/**
 * The verdict in words: the banner shows them and the status region announces the same. The number is
 * the one the cards below add up to (distinct breaches), or how often a password was seen in a list.
 */
export function verdictText(t: Translator, report: CheckReport, verdict: ReportVerdict): VerdictText {
  const figures = verdictFigures(report);
  const number = (n: number) => formatNumber(t.language, n);
  if (verdict === 'found') {
    const passwordList = figures.sightings > 0 && figures.breaches === 0;
    return {
      title: t('popup_verdict_found', report.hint),
      detail: passwordList
        ? t.dynamic(
            pluralKey(t, 'popup_verdict_password_seen', figures.sightings),
            number(figures.sightings),
            figures.collector ?? '',
          )
        : t('popup_result_breach_count', number(figures.breaches)),
    };
  }
  if (verdict === 'not-found')
    return {
      title: t('popup_verdict_not_found', report.hint),
      detail: t('popup_verdict_not_found_detail', number(figures.checked)),
    };
  if (verdict === 'error')
    return {
      title: t('popup_verdict_error', report.hint),
      detail: t('popup_verdict_error_detail', number(figures.failed), number(figures.checked)),
    };
  return {
    // The kind's name only: "Checked as … (France)" right below gives the country, and a shorter title
    // keeps the first step on the first screen.
    title: t('popup_verdict_not_checkable', kindName(t, report.kind)),
    detail: t('popup_verdict_not_checkable_detail'),
  };
}
