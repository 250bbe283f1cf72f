// Query parameters, as Neo4j Browser keeps them: one JSON map sent with every query, edited as text or set with
// `:param name => value` / `:params {…}` typed in the editor. Pure, so the console's rules are unit-tested.

export type Params = Record<string, unknown>;

export type ParamsText = { ok: true; params: Params } | { ok: false; message: string };

/** The parameters editor's text as a map; empty text is no parameters. */
export function parseParams(text: string): ParamsText {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The parameters are not valid JSON: ${(error as Error).message}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'The parameters must be a JSON object, e.g. {"id": "person:kapustin"}.' };
  return { ok: true, params: value as Params };
}

/** One line, `{"id": "person:kapustin", "limit": 5}`: the editor stays one row high for the usual few parameters. */
export function formatParams(params: Params): string {
  const entries = Object.entries(params);
  if (!entries.length) return '';
  return `{${entries.map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

/**
 * The `$names` a query uses, in order of first use. Strings, quoted names and comments are skipped, so
 * `'costs $5'` is not a parameter.
 */
export function parameterNames(query: string): string[] {
  const names: string[] = [];
  const pattern = /'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\$(\w+|`[^`]+`)/g;
  for (const match of query.matchAll(pattern)) {
    const name = match[1]?.replace(/^`|`$/g, '');
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

export type ParamCommand = { params: Params; message: string } | { error: string };

/**
 * Neo4j Browser's commands: `:param name => value` sets one parameter (the value as JSON, or a 'quoted' string),
 * `:params {…}` replaces them all, `:params` lists them. Null when the text is not such a command.
 */
export function paramCommand(text: string, current: Params): ParamCommand | null {
  const trimmed = text.trim();
  const one = /^:param\s+`?(\w+)`?\s*(?:=>|:)\s*([\s\S]+)$/.exec(trimmed);
  if (one) {
    const [, name, raw] = one as unknown as [string, string, string];
    const value = literal(raw.trim());
    if (value === undefined)
      return { error: `:param ${name} => … needs a JSON value: a number, "text", 'text', true, null, [..] or {..}.` };
    return { params: { ...current, [name]: value }, message: `Set $${name}.` };
  }
  const all = /^:params(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (all) {
    if (!all[1]?.trim()) return { params: current, message: listParams(current) };
    const parsed = parseParams(all[1]);
    if (!parsed.ok) return { error: parsed.message };
    return { params: parsed.params, message: listParams(parsed.params) };
  }
  if (/^:param\b/.test(trimmed)) return { error: 'Write :param name => value, or :params {"name": value}.' };
  return null;
}

function literal(raw: string): unknown {
  const quoted = /^'((?:\\.|[^'\\])*)'$/.exec(raw);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function listParams(params: Params): string {
  const names = Object.keys(params);
  return names.length ? `Parameters: ${names.map((n) => `$${n}`).join(', ')}.` : 'No parameters set.';
}
