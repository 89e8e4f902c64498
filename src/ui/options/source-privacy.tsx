import type { SourceView } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';

/**
 * One line per source saying plainly whether a check reveals anything about the identifier: a keyed
 * whole list reveals nothing, every prefix scheme reveals a hash prefix (which side information such
 * as a birth date can turn into the number itself; see docs/privacy.md). Goes inside a <dl>.
 */
export function SourcePrivacy({ privacy }: { privacy: SourceView['privacy'] }) {
  const t = useT();
  const nothing = privacy === 'reveals-nothing';
  return (
    <>
      <dt>{t('options_source_privacy')}</dt>
      <dd
        class={nothing ? 'privacy-nothing' : 'privacy-prefix'}
        data-privacy={nothing ? 'nothing' : 'prefix'}
      >
        {t(nothing ? 'options_privacy_reveals_nothing' : 'options_privacy_hash_prefix')}
      </dd>
    </>
  );
}
