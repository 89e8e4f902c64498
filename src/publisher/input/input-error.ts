/** A problem with an input file as a whole (missing column, unreadable header): the build stops. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
