// Building the problems reported for input files, so every message has the same shape: where, what, how to fix.
import type { InputProblem, InputProblemCode } from '../model/errors.ts';

/** `path: what is wrong; what to do`, the form every input message takes. */
export function inputProblem(file: string, code: InputProblemCode, what: string, fix: string): InputProblem {
  return { file, code, message: `${file}: ${what}; ${fix}` };
}

/** Tells a problem from a document in the `X | InputProblem` results of the reader. */
export function isInputProblem(value: object): value is InputProblem {
  return 'code' in value && 'message' in value;
}
