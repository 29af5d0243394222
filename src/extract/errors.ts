/**
 * Thrown when the text does not have the layout the parser knows. The message names the 1-based source
 * line and what was expected there, so a failing report can be fixed or the parser extended knowingly.
 */
export class ReportShapeError extends Error {
  readonly line: number;

  constructor(line: number, expected: string, found?: string) {
    const where = line > 0 ? `line ${line}` : 'report text';
    super(`${where}: expected ${expected}${found === undefined ? '' : `, found ${JSON.stringify(found)}`}`);
    this.name = 'ReportShapeError';
    this.line = line;
  }
}
