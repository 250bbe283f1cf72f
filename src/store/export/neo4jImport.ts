// graph.json -> the CSV and header files `neo4j-admin database import full` reads (documents, entities, claims and
// every relationship between them), for first loads too large to send through Bolt. The properties are the loader's own rows, content hashes included, so a later npm run load
// into the imported database finds nothing to write.
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';
import { CLAIM_LINK_ENDS } from '../cypher/load.ts';
import { CLAIM_LABEL, CLAIM_LINKS } from '../cypher/names.ts';
import { graphRows, type LoadRow } from '../load/rows.ts';
import type { PlainValue } from '../values.ts';

/** Between list elements and labels: a control character no text of ours holds (neo4j-admin's --array-delimiter). */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export interface ImportFile {
  /** `entities.header.csv`, `entities.csv`, … */
  name: string;
  text: string;
}

/** The header's type for a column: every value of it agrees (ints, floats, booleans, strings, or lists of them). */
function columnType(values: PlainValue[]): string {
  const scalar = (vs: PlainValue[]) =>
    vs.every((v) => typeof v === 'number' && Number.isInteger(v))
      ? 'long'
      : vs.every((v) => typeof v === 'number')
        ? 'double'
        : vs.every((v) => typeof v === 'boolean')
          ? 'boolean'
          : 'string';
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.length && present.every(Array.isArray)) return `${scalar(present.flat() as PlainValue[])}[]`;
  return scalar(present);
}

const quote = (text: string) =>
  /[",\n\r]/.test(text) || text.includes(ARRAY_DELIMITER) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;

function field(value: PlainValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return quote(value.map(String).join(ARRAY_DELIMITER));
  return quote(String(value));
}

/** One header file and one data file; `fixed` are the leading columns (ids, endpoints, type, labels). */
function csvPair(
  name: string,
  rows: LoadRow[],
  fixed: { header: string; value: (row: LoadRow) => string }[],
  skip: string[] = [],
): ImportFile[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].filter((k) => !skip.includes(k)).sort();
  const header = [...fixed.map((f) => f.header), ...keys.map((k) => `${k}:${columnType(rows.map((r) => r.props[k]))}`)];
  const lines = rows.map((r) => [...fixed.map((f) => f.value(r)), ...keys.map((k) => field(r.props[k]))].join(','));
  return [
    { name: `${name}.header.csv`, text: `${header.join(',')}\n` },
    { name: `${name}.csv`, text: lines.map((l) => `${l}\n`).join('') },
  ];
}

/** The files, nodes before relationships, in the order the import command names them. */
const NODE_FILES = ['documents', 'entities', 'claims'];
const RELATIONSHIP_FILES = ['relations', 'mentions', ...CLAIM_LINKS.map((type) => type.toLowerCase())];

export function neo4jImportFiles(graph: SerializedKnowledgeGraph): ImportFile[] {
  const rows = graphRows(graph);
  const id = (space: string) => ({ header: `id:ID(${space})`, value: (r: LoadRow) => field(r.id) });
  // Claims as the loader writes them: (:Entity)-[:SAID]->(:Claim)-[:ABOUT]->(:Entity), (:Document)-[:CONTAINS]->(:Claim).
  const claimLinks = CLAIM_LINKS.flatMap((type) => {
    const [from, to] = CLAIM_LINK_ENDS[type];
    return csvPair(
      type.toLowerCase(),
      rows.claimLinks.filter((r) => r.type === type),
      [
        { header: `:START_ID(${from})`, value: (r) => field(r.source) },
        { header: `:END_ID(${to})`, value: (r) => field(r.target) },
        { header: ':TYPE', value: () => type },
      ],
    );
  });
  return [
    ...csvPair('documents', rows.documents, [id('Document'), { header: ':LABEL', value: () => 'Document' }], ['id']),
    ...csvPair(
      'entities',
      [...rows.entities.values()].flat(),
      [id('Entity'), { header: ':LABEL', value: (r) => field(['Entity', String(r.props.type)]) }],
      ['id'],
    ),
    ...csvPair('claims', rows.claims, [id(CLAIM_LABEL), { header: ':LABEL', value: () => CLAIM_LABEL }], ['id']),
    ...csvPair('relations', [...rows.relations.values()].flat(), [
      { header: ':START_ID(Entity)', value: (r) => field(r.source) },
      { header: ':END_ID(Entity)', value: (r) => field(r.target) },
      { header: ':TYPE', value: (r) => field(r.type) },
    ]),
    ...csvPair('mentions', rows.mentions, [
      { header: ':START_ID(Document)', value: (r) => field(r.source) },
      { header: ':END_ID(Entity)', value: (r) => field(r.target) },
      { header: ':TYPE', value: () => 'MENTIONS' },
    ]),
    ...claimLinks,
  ];
}

/** The neo4j-admin command that imports the files in `dir` into `database`. */
export const importCommand = (dir: string, database = 'neo4j'): string =>
  [
    'neo4j-admin database import full',
    ...NODE_FILES.map((name) => `--nodes=${dir}/${name}.header.csv,${dir}/${name}.csv`),
    ...RELATIONSHIP_FILES.map((name) => `--relationships=${dir}/${name}.header.csv,${dir}/${name}.csv`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION} --multiline-fields=true --overwrite-destination=true`,
    database,
  ].join(' ');
