// The console's pure rules: parameters (the editor's JSON, :param commands, the $names a query uses) and the result
// as text, JSON and CSV.
import { describe, expect, it } from 'vitest';
import { formatParams, parameterNames, paramCommand, parseParams } from '../../src/explorer/core/queryParams.ts';
import { resultAsCsv, resultAsJson, resultAsText } from '../../src/explorer/core/resultFormats.ts';

describe('query parameters', () => {
  it.each([
    ['', { ok: true, params: {} }],
    ['{"id": "a", "n": 2}', { ok: true, params: { id: 'a', n: 2 } }],
    ['[1]', { ok: false, message: expect.stringMatching(/must be a JSON object/) }],
    ['{id: 1}', { ok: false, message: expect.stringMatching(/not valid JSON/) }],
  ])('parses %j', (text, parsed) => {
    expect(parseParams(text)).toEqual(parsed);
  });

  it('writes the map on one line and nothing for no parameters', () => {
    expect(formatParams({ from: 'a', to: 'b' })).toBe('{"from": "a", "to": "b"}');
    expect(formatParams({})).toBe('');
  });

  it('finds the $names a query uses, not those inside strings or comments', () => {
    const query = "MATCH (a {id: $from}) // not $here\nWHERE a.note <> 'costs $5' RETURN $to, $from, $`odd name`";
    expect(parameterNames(query)).toEqual(['from', 'to', 'odd name']);
  });

  it.each([
    [":param id => 'person:kapustin'", {}, { id: 'person:kapustin' }, 'Set $id.'],
    [':param limit => 5', { id: 'x' }, { id: 'x', limit: 5 }, 'Set $limit.'],
    [':param ids: ["a", "b"]', {}, { ids: ['a', 'b'] }, 'Set $ids.'],
    [':params {"a": 1}', { b: 2 }, { a: 1 }, 'Parameters: $a.'],
    [':params', { b: 2 }, { b: 2 }, 'Parameters: $b.'],
  ])('runs %s', (text, current, params, message) => {
    expect(paramCommand(text, current)).toEqual({ params, message });
  });

  it('explains a malformed :param and leaves other text alone', () => {
    expect(paramCommand(':param id => person', {})).toEqual({ error: expect.stringMatching(/needs a JSON value/) });
    expect(paramCommand(':param', {})).toEqual({ error: expect.stringMatching(/:param name => value/) });
    expect(paramCommand('MATCH (n) RETURN n', {})).toBeNull();
  });
});

describe('result formats', () => {
  const result = {
    columns: ['name', 'said'],
    rows: [
      ['Kapustin', 'He said, "go".'],
      [null, '=HYPERLINK("x")'],
      [{ id: 'person:a', labels: ['Entity', 'Person'], properties: { name: 'A' } }, -3],
    ],
  };

  it('draws a padded text table', () => {
    expect(resultAsText(result).split('\n')).toEqual([
      '╒──────────╤─────────────────╕',
      '│ name     │ said            │',
      '╞──────────╪─────────────────╡',
      '│ Kapustin │ He said, "go".  │',
      '│ null     │ =HYPERLINK("x") │',
      '│ (A)      │ -3              │',
      '└──────────┴─────────────────┘',
    ]);
  });

  it('writes JSON records keyed by column', () => {
    expect(JSON.parse(resultAsJson(result))[0]).toEqual({ name: 'Kapustin', said: 'He said, "go".' });
  });

  it('writes RFC 4180 CSV, null as empty, formulas defused, numbers kept', () => {
    expect(resultAsCsv(result).split('\r\n')).toEqual([
      'name,said',
      'Kapustin,"He said, ""go""."',
      `,"'=HYPERLINK(""x"")"`,
      '(A),-3',
    ]);
  });
});
