// An error whale reports as one line and exit code 2: the tool could not do what was asked.
export class UsageError extends Error {
  override name = 'UsageError';
}
