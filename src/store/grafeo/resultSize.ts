// About how many bytes a result value takes once sent on: enough to stop a result that would not fit, cheaply.

/** Strings by their length, numbers as 8 bytes, lists and maps by their contents plus a little each. */
export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return 2 * value.length + 8;
  if (value === null || typeof value !== 'object') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) {
    let total = 16;
    for (const item of value) total += approximateBytes(item);
    return total;
  }
  let total = 16;
  for (const [key, item] of Object.entries(value)) total += 2 * key.length + approximateBytes(item);
  return total;
}
