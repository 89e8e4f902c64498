import type { ErrorCode, OutcomeErrorCode } from '../../contracts/index.ts';
import type { Translator } from '../../platform/i18n.ts';

const snake = (text: string) => text.replaceAll('-', '_');

/** Why one source could not answer, in plain words (the background's English detail is not shown). */
export function outcomeErrorText(t: Translator, code: OutcomeErrorCode): string {
  return t.dynamic(`common_outcome_${snake(code)}`);
}

/** Why a whole request was refused, in plain words, by error code. */
export function requestErrorText(t: Translator, code: ErrorCode): string {
  return t.dynamic(`common_request_${snake(code)}`);
}
