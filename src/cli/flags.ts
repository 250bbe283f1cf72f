// Every script's command-line flags: node:util's parseArgs, strict, with --help built in. A user's mistake (an
// unknown flag, a value missing or malformed) becomes a UsageError, which runMain prints as one plain line and the
// usage line, exit code 2.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { KgError } from '../model/errors.ts';

export class UsageError extends KgError {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The first line of the script's help: what to type. */
    readonly usage: string,
  ) {
    super('BAD_OPTION', message);
  }
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O & typeof HELP_OPTION; allowPositionals: true; strict: true }>
>;

export interface Flags<O extends ParseArgsOptionsConfig> {
  values: Parsed<O>['values'];
  positionals: string[];
  /** The flag's value as a whole number within bounds (a flag without a default must be given). */
  integer(name: keyof O & string, bounds?: { min?: number; max?: number }): number;
  /** The flag's value as a number, at least `min` or (with `above`) greater than it. */
  number(name: keyof O & string, bounds: { min?: number; above?: number; max?: number }): number;
  /** A mistake the flags' types cannot express (flags that go together, a value from a list). */
  fail(message: string): never;
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/** Edit distance, to suggest the flag a typo meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function unknownOption(name: string, known: string[]): string {
  const bare = name.replace(/^-+/, '');
  const [best] = known
    .map((k) => ({ k, d: distance(bare, k) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(bare.length / 3)) && d < bare.length)
    .sort((a, b) => a.d - b.d);
  return `unknown option ${name}${best ? ` (did you mean --${best.k}?)` : ''}`;
}

/** parseArgs' messages, made one plain line each. */
function describeParseError(error: NodeJS.ErrnoException, known: string[]): string {
  const message = error.message.split('\n')[0];
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return unknownOption(unknown[1], known);
  const missing = /^Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (missing) return `${missing[2]} needs a value`;
  const noValue = /^Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[2]} takes no value`;
  const positional = /^Unexpected argument '([^']*)'/.exec(message);
  if (positional) return `unexpected argument "${positional[1]}": this command takes only --options`;
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/**
 * Parses `args` against `options` (plus -h/--help). Returns null after printing `help` when --help is given, so
 * the script returns 0; throws a UsageError for anything the user typed wrong.
 */
export function parseFlags<const O extends ParseArgsOptionsConfig>(
  help: string,
  options: O,
  { positionals = false, args = process.argv.slice(2) }: { positionals?: boolean; args?: string[] } = {},
): Flags<O> | null {
  const usage = help.split('\n')[0];
  const fail = (message: string): never => {
    throw new UsageError(message, usage);
  };
  const all = { ...options, ...HELP_OPTION };
  // "--max-file-mb -5" is a negative value, not a flag: it gets the value check's message, not parseArgs'.
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)$/.exec(args[i])?.[1];
    if (name && all[name]?.type === 'string' && NEGATIVE_NUMBER.test(args[i + 1] ?? ''))
      joined.push(`${args[i]}=${args[++i]}`);
    else joined.push(args[i]);
  }
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: joined, options: all, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    return fail(describeParseError(error as NodeJS.ErrnoException, Object.keys(all)));
  }
  if ((parsed.values as Record<string, unknown>).help) {
    console.log(help);
    return null;
  }
  if (!positionals && parsed.positionals.length)
    fail(`unexpected argument "${parsed.positionals[0]}": this command takes only --options`);
  const raw = (name: string): string => {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (typeof value !== 'string') fail(`--${name} needs a value`);
    return value as string;
  };
  const within = (name: string, n: number, { min, max }: { min?: number; max?: number }, kind: string) => {
    if (min !== undefined && max !== undefined && (n < min || n > max))
      fail(`--${name} must be ${kind} from ${min} to ${max}, got "${raw(name)}"`);
    if (min !== undefined && n < min) fail(`--${name} must be ${kind} ≥ ${min}, got "${raw(name)}"`);
    if (max !== undefined && n > max) fail(`--${name} must be ${kind} ≤ ${max}, got "${raw(name)}"`);
    return n;
  };
  return {
    values: parsed.values,
    positionals: parsed.positionals,
    integer(name, bounds = {}) {
      const text = raw(name);
      if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text)))
        fail(`--${name} must be a whole number, got "${text}"`);
      return within(name, Number(text), bounds, 'a whole number');
    },
    number(name, { above, ...bounds }) {
      const text = raw(name);
      if (!DECIMAL.test(text)) fail(`--${name} must be a number, got "${text}"`);
      const n = Number(text);
      if (above !== undefined && !(n > above)) fail(`--${name} must be a number above ${above}, got "${text}"`);
      return within(name, n, bounds, 'a number');
    },
    fail,
  };
}

/** The flags in `args` (already checked by parseFlags) that `options` names, with their values: to pass them on. */
export function pickFlags(args: string[], options: Record<string, { type: string }>): string[] {
  const picked: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].replace(/^--/, '').split(/=(.*)/s);
    const takesValue = options[name]?.type === 'string' && inline === undefined;
    if (options[name]) picked.push(...args.slice(i, takesValue ? i + 2 : i + 1));
    if (takesValue) i++;
  }
  return picked;
}
