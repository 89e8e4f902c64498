import type { BreachRef } from '../../core/range/types.ts';
import { dataClassLabel } from './data-class-label.ts';
import { ExternalLink } from './external-link.tsx';
import { formatList, formatNumber, formatPartialDate } from './format.ts';
import { useT } from './i18n-context.tsx';

/** Which breaches, who ran the breached system, when, what data, how many records, the official notice. */
export function BreachList({ breaches }: { breaches: readonly BreachRef[] }) {
  const t = useT();
  return (
    <ul class="breaches">
      {breaches.map((breach) => (
        <li key={breach.id}>
          <strong>{breach.title}</strong>
          <div>{t('common_breach_operator', breach.operator)}</div>
          <div>{t('common_breach_date', formatPartialDate(t.language, breach.date))}</div>
          {breach.dataClasses.length > 0 && (
            <div>
              {t(
                'common_breach_data',
                formatList(
                  t.language,
                  breach.dataClasses.map((c) => dataClassLabel(t, c)),
                ),
              )}
            </div>
          )}
          {breach.records !== undefined && (
            <div>{t('common_breach_records', formatNumber(t.language, breach.records))}</div>
          )}
          {breach.notice !== undefined && (
            <div>
              <ExternalLink href={breach.notice}>{t('common_breach_notice')}</ExternalLink>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
