// A query result in the console's other views and in its export: a plain-text table (Neo4j Browser's Text view),
// JSON records, and CSV. Every cell reads as cellText does in the table.
import type { CypherResponse } from '../../model/api.ts';
import { cellText, describeValue } from './cypherResult.ts';

type Result = Pick<CypherResponse, 'columns' | 'rows'>;

const cells = (result: Result, nullText = 'null') =>
  result.rows.map((row) =>
    row.map((value) => (value === null || value === undefined ? nullText : cellText(describeValue(value)))),
  );

/** Columns padded to their widest cell (cut at `maxWidth` characters with …), a rule under the header. */
export function resultAsText(result: Result, maxWidth = 80): string {
  const clip = (text: string) => {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const body = cells(result).map((row) => row.map(clip));
  const widths = result.columns.map((column, i) => Math.max(column.length, ...body.map((row) => row[i]!.length)));
  const line = (row: string[]) => `│ ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' │ ')} │`;
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  return [rule('╒', '╤', '╕'), line(result.columns), rule('╞', '╪', '╡'), ...body.map(line), rule('└', '┴', '┘')].join(
    '\n',
  );
}

/** One object per row, keyed by column, values as the API gave them. */
export function resultAsJson(result: Result): string {
  const records = result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
  return JSON.stringify(records, null, 2);
}

/** RFC 4180: a header row, fields quoted when they hold a comma, quote or line break, CRLF between records, null
 * as an empty field. */
export function resultAsCsv(result: Result): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula; document text is untrusted.
  const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text);
  return [result.columns, ...cells(result, '')]
    .map((row) => row.map((cell) => field(safe(cell))).join(','))
    .join('\r\n');
}
