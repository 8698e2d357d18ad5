/**
 * How a problem with the content is reported: one line naming the file, the field, what was found and what
 * was expected, so that whoever edits the ladder can fix it without reading code.
 */

export interface ContentIssue {
  /** The file (or folder, ending in "/") relative to the project root. */
  file: string;
  /** The field, "(file)" for the file as a whole, or "body" for the MDX body. */
  field: string;
  found: string;
  /** Empty when `found` is a whole sentence that says what was found and expected. */
  expected: string;
}

export const formatIssue = (issue: ContentIssue): string =>
  issue.expected
    ? `${issue.file}: ${issue.field}: found ${issue.found}; expected ${issue.expected}`
    : `${issue.file}: ${issue.field}: ${issue.found}`;

export class LadderValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `The ladder content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'LadderValidationError';
  }
}
