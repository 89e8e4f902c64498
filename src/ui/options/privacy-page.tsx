import { HISTORY_MAX_AGE_DAYS, HISTORY_MAX_RECORDS } from '../../contracts/index.ts';
import { MIN_ANONYMITY_SET } from '../../core/range/prefix.ts';
import { formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { PrefixTable } from './prefix-table.tsx';

/** One way a source can be asked, in plain words: what leaves the device and what the source learns. */
function SchemeRow({ name, sent, learns }: { name: string; sent: string; learns: string }) {
  const t = useT();
  return (
    <div class="scheme">
      <h4>{name}</h4>
      <dl class="facts">
        <dt>{t('options_privacy_sent')}</dt>
        <dd>{sent}</dd>
        <dt>{t('options_privacy_learns')}</dt>
        <dd>{learns}</dd>
      </dl>
    </div>
  );
}

/** What is sent where, what is stored, and the one exception, in plain words. */
export function PrivacyPage() {
  const t = useT();
  const n = (value: number) => formatNumber(t.language, value);
  return (
    <article class="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('options_privacy_heading')}</h2>
      <p>{t('options_privacy_intro')}</p>

      <h3>{t('options_privacy_never_heading')}</h3>
      <p>{t('options_privacy_never')}</p>

      <h3>{t('options_privacy_sent_heading')}</h3>
      <SchemeRow
        name={t('options_privacy_hibp_name')}
        sent={t('options_privacy_hibp_sent')}
        learns={t('options_privacy_hibp_learns')}
      />
      <SchemeRow
        name={t('options_privacy_xc_name')}
        sent={t('options_privacy_xc_sent', n(MIN_ANONYMITY_SET))}
        learns={t('options_privacy_xc_learns')}
      />
      <SchemeRow
        name={t('options_privacy_oprf_name')}
        sent={t('options_privacy_oprf_sent')}
        learns={t('options_privacy_oprf_learns')}
      />
      <p>{t('options_privacy_custom_sources')}</p>
      <PrefixTable />

      <h3>{t('options_privacy_stored_heading')}</h3>
      <ul>
        <li>{t('options_privacy_stored_settings')}</li>
        <li>{t('options_privacy_stored_watchlist')}</li>
        <li>{t('options_privacy_stored_history', n(HISTORY_MAX_RECORDS), n(HISTORY_MAX_AGE_DAYS))}</li>
        <li>{t('options_privacy_stored_guidance')}</li>
      </ul>
      <p>
        {t('options_privacy_stored_control')} <a href="#data">{t('options_privacy_stored_control_link')}</a>
      </p>

      <h3>{t('options_privacy_hibp_key_heading')}</h3>
      <p>{t('options_privacy_hibp_key')}</p>

      <h3>{t('options_privacy_portals_heading')}</h3>
      <p>{t('options_privacy_portals')}</p>

      <h3>{t('options_privacy_nobody_heading')}</h3>
      <p>{t('options_privacy_nobody')}</p>
    </article>
  );
}
