// Errors that reach users: a stable code to branch on, and a message that says what, where and how to fix.

export type InputProblemCode =
  | 'MISSING_FOLDER'
  | 'NOT_A_FOLDER'
  | 'EMPTY_FOLDER'
  | 'UNREADABLE'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'NOT_UTF8'
  | 'TOO_LARGE'
  | 'NO_TEXT'
  | 'UNSUPPORTED_TYPE'
  | 'TOO_DEEP'
  | 'LINE_TOO_LONG'
  | 'TIMED_OUT'
  | 'EXTRACTION_FAILED';

/** A problem with one input file (or the folder): reported, skipped, and the rest still processed. */
export interface InputProblem {
  /** Path of the file or folder, as the user gave it. */
  file: string;
  code: InputProblemCode;
  message: string;
}

export class KgError extends Error {
  override name = 'KgError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Raised when a run cannot go on at all (no readable folder, a malformed curation file). */
export class InputError extends KgError {
  override name = 'InputError';
}
