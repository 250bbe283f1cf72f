// Checks on parsed JSON, shared by every place outside input enters (graph files, gold files, API answers).

/** A JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
