import { IDENTIFIER_KINDS, type IdentifierKind } from '../../core/identifiers/index.ts';
import { anonymitySet, recommendedPrefixBits } from '../../core/range/prefix.ts';
import { useT } from '../shared/i18n-context.tsx';
import { kindLabel } from '../shared/kind-labels.ts';

const KINDS: readonly IdentifierKind[] = IDENTIFIER_KINDS.filter((kind) => kind !== 'password');

/**
 * How short the prefix sent for each kind is, and how many possible identifiers share it. Computed from
 * the identifier engine's own numbers, so the page cannot drift from what the code sends.
 */
export function PrefixTable() {
  const t = useT();
  const rounded = new Intl.NumberFormat(t.language, { maximumSignificantDigits: 2 });
  return (
    <div class="table-scroll">
      <table>
        <caption>{t('options_privacy_table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_privacy_table_kind')}</th>
            <th scope="col">{t('options_privacy_table_bits')}</th>
            <th scope="col">{t('options_privacy_table_set')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => {
            const bits = recommendedPrefixBits(kind);
            return (
              <tr key={kind}>
                <th scope="row">{kindLabel(t, kind)}</th>
                <td>{bits}</td>
                <td>{rounded.format(Math.floor(anonymitySet(kind, bits)))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
