// Telling text from binary data, and decoding UTF-8 with a precise location when it is not UTF-8.

/** How much of a file the binary check looks at; text editors and `file(1)` sample similarly. */
const SNIFF_BYTES = 8 * 1024;
/** Share of control characters above which a sample is binary rather than text with a few stray controls. */
const MAX_CONTROL_SHARE = 0.1;

/** Why bytes are binary, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `contains NUL bytes (first at offset ${nul})`;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / sample.length);
    return `${percent}% of the first ${sample.length} bytes are control characters`;
  }
  return null;
}

function isControl(byte: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape all occur in real text files.
  return (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte)) || byte === 0x7f;
}

/** Share of code units with a zero high byte above which NUL bytes mean UTF-16 text: spaces alone give that. */
const MIN_UTF16_ZERO_SHARE = 0.1;

/**
 * The byte order of UTF-16 text, from its byte order mark or, without one, from where its NUL bytes fall: text in
 * Latin, Cyrillic or Greek script has a zero high byte in many code units, each time with a text character in the
 * low byte, and never a zero low byte; binary data has zeros anywhere. Naming the encoding tells the user exactly
 * what to convert.
 */
export function utf16Encoding(bytes: Uint8Array): { encoding: 'UTF-16LE' | 'UTF-16BE'; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bom: true };
  if (bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  for (const [encoding, high] of [
    ['UTF-16LE', 1],
    ['UTF-16BE', 0],
  ] as const) {
    let latinUnits = 0;
    let binary = false;
    for (let i = 0; i < sample.length && !binary; i += 2) {
      const [highByte, lowByte] = [sample[i + high]!, sample[i + 1 - high]!];
      binary = lowByte === 0 || (highByte === 0 && isControl(lowByte));
      if (highByte === 0) latinUnits++;
    }
    if (!binary && latinUnits / (sample.length / 2) >= MIN_UTF16_ZERO_SHARE) return { encoding, bom: false };
  }
  return null;
}

export interface InvalidUtf8 {
  offset: number;
  byte: number;
  /** 1-based, counted in the bytes before the offset, for the user's editor. */
  line: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (a leading byte order mark dropped), or where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalid: InvalidUtf8 } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // The decoder only says "invalid"; find the byte ourselves so the message can point at it.
    const offset = Math.max(firstInvalidUtf8(bytes), 0);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { invalid: { offset, byte: bytes[offset] ?? 0, line } };
  }
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence (RFC 3629), or -1 when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
