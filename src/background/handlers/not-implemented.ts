import { RequestError } from '../../contracts/index.ts';

/** Placeholder for handlers still being written: a clear refusal instead of a silent no-op. */
export async function notImplemented(): Promise<never> {
  throw new RequestError('internal', 'This part of Exposure Check is not finished yet.');
}
