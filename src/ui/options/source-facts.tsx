import type { SourceView } from '../../contracts/index.ts';
import { ExternalLink, hostOf } from '../shared/external-link.tsx';
import { formatDate, formatList, formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';
import { SourcePrivacy } from './source-privacy.tsx';

const snake = (text: string) => text.replaceAll('-', '_');

/** Publisher, what it covers, how it is queried and how fresh it is: the facts to judge a source by. */
export function SourceFacts({ source }: { source: SourceView }) {
  const t = useT();
  return (
    <dl class="facts">
      <dt>{t('options_source_publisher')}</dt>
      <dd>{source.publisher}</dd>
      {source.homepage !== undefined && (
        <>
          <dt>{t('options_source_homepage')}</dt>
          <dd>
            <ExternalLink href={source.homepage}>{hostOf(source.homepage)}</ExternalLink>
          </dd>
        </>
      )}
      <dt>{t('options_source_kinds')}</dt>
      <dd>
        {formatList(
          t.language,
          source.kinds.map((kind) => kindLabel(t, kind)),
        )}
      </dd>
      <dt>{t('options_source_scheme')}</dt>
      <dd>
        {t.dynamic(
          `options_scheme_${snake(source.scheme)}${source.privacy === 'reveals-nothing' ? '_list' : ''}`,
        )}
      </dd>
      <SourcePrivacy privacy={source.privacy} />
      <dt>{t('options_source_updated')}</dt>
      <dd>{formatDate(t.language, source.updated)}</dd>
      <dt>{t('options_source_breach_count')}</dt>
      <dd>{formatNumber(t.language, source.breaches.length)}</dd>
      {source.url !== undefined && (
        <>
          <dt>{t('options_source_url')}</dt>
          <dd class="mono url">{source.url}</dd>
        </>
      )}
    </dl>
  );
}

/** "localhost, data.example.org" from `https://data.example.org/*` patterns. */
export function hostsOf(origins: readonly string[]): string {
  return origins.map((origin) => hostOf(origin.replace('/*', '/'))).join(', ');
}

/** "127.0.0.1:8080, data.example.org": the addresses with their ports where the view has them. */
export function addressesShown(view: {
  origins: readonly string[];
  addresses?: readonly string[] | undefined;
}) {
  return view.addresses === undefined ? hostsOf(view.origins) : view.addresses.join(', ');
}
