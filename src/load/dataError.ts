/**
 * Invalid input data: names the file, the path inside it and the reason. Loading stops before anything is
 * written.
 */
export class DataError extends Error {
  override name = 'DataError';
  readonly isDataError = true;

  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}${path ? `: ${path}` : ''}: ${reason}`);
  }
}
