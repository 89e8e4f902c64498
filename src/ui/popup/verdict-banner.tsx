import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { CheckReport, ReportVerdict } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { verdictText } from './verdict-text.ts';

export interface VerdictBannerProps {
  report: CheckReport;
  verdict: ReportVerdict;
  /** Focus lands here when the answer arrives, so keyboard and screen-reader users start at the verdict. */
  focusRef?: Ref<HTMLDivElement> | undefined;
  /**
   * For 'not-checkable': a one-line summary of what is known about incidents for this kind (from the
   * incident catalogue), shown under the verdict.
   */
  children?: ComponentChildren;
}

const MARKS: Record<ReportVerdict, string> = {
  found: '!',
  'not-found': '✓',
  error: '?',
  // Information, as the not-checkable answer below marks it: neither a tick nor a warning.
  'not-checkable': 'i',
};

/**
 * The answer first, in colour, a mark and words: found (with the number of breaches the cards below
 * list, or how often a password was seen), not found, couldn't check, not checkable privately yet.
 */
export function VerdictBanner({ report, verdict, focusRef, children }: VerdictBannerProps) {
  const t = useT();
  const ids = { title: useId(), detail: useId() };
  const { title, detail } = verdictText(t, report, verdict);
  return (
    <div
      class={`verdict-banner verdict-${verdict}`}
      role="group"
      aria-labelledby={ids.title}
      aria-describedby={ids.detail}
      tabIndex={-1}
      {...(focusRef === undefined ? {} : { ref: focusRef })}
    >
      <span class="verdict-mark" aria-hidden="true">
        {MARKS[verdict]}
      </span>
      <div class="verdict-words">
        <h2 id={ids.title} class="verdict-title">
          {title}
        </h2>
        <p id={ids.detail} class="verdict-detail">
          {detail}
        </p>
        {children}
      </div>
    </div>
  );
}
