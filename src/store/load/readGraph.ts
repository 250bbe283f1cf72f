// Reads graph.json and checks it once, where it enters: everything after trusts the types.
import { readFile } from 'node:fs/promises';
import { InputError } from '../../model/errors.ts';
import { ABOUT, CLAIM_KINDS, CLAIM_TYPE, SAID, type ClaimKind } from '../../model/claims.ts';
import type { SerializedKnowledgeGraph } from '../../model/graph.ts';
import { fromGraphFile, type GraphFile } from '../../model/graphFile.ts';
import { isEntityType, isRelationType, MENTIONED_WITH } from '../../model/vocabulary.ts';
import { isObject } from '../../model/json.ts';

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
/** The graph at `file`, checked; errors name the file, the element and the field. */
export async function readGraphFile(file: string): Promise<SerializedKnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('NO_GRAPH', `${file} does not exist: run npm run extract first`);
    throw new InputError('NO_GRAPH', `${file} cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError('BAD_GRAPH', `${file} is not valid JSON (${(error as Error).message})`);
  }
  return checkGraph(json, file);
}

/** Checks the fields the store uses; extra fields are allowed. */
export function checkGraph(json: unknown, file: string): SerializedKnowledgeGraph {
  const fail = (what: string): never => {
    throw new InputError('BAD_GRAPH', `${file}: ${what}. Regenerate it with npm run extract.`);
  };
  if (!isObject(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges))
    fail('expected graphology JSON with "nodes" and "edges" lists');
  const graph = json as Record<string, unknown> & { nodes: unknown[]; edges: unknown[] };
  const keys = new Set<string>();
  graph.nodes.forEach((node, i) => {
    if (!isObject(node) || !isString(node.key) || !isObject(node.attributes)) return fail(`node ${i} has no key`);
    const a = node.attributes;
    const where = `node ${i} (${node.key})`;
    if (keys.has(node.key)) fail(`${where} appears twice`);
    keys.add(node.key);
    if (a.type === CLAIM_TYPE) return checkClaimNode(a, where, fail);
    if (!isString(a.type) || !isEntityType(a.type))
      fail(`${where} has type ${JSON.stringify(a.type)}; expected Person, Organization, Location or Claim`);
    if (!isString(a.label)) fail(`${where} has no label`);
    if (!isStringList(a.aliases) || !isStringList(a.documents)) fail(`${where}: aliases and documents must be lists`);
    if (!isNumber(a.mentions)) fail(`${where}: mentions must be a number`);
  });
  graph.edges.forEach((edge, i) => {
    if (!isObject(edge) || !isObject(edge.attributes)) return fail(`edge ${i} has no attributes`);
    const a = edge.attributes;
    const where = `edge ${i} (${String(edge.key ?? `${edge.source}->${edge.target}`)})`;
    if (!isString(edge.source) || !keys.has(edge.source) || !isString(edge.target) || !keys.has(edge.target))
      fail(`${where} links a node that is not in the graph`);
    const claimEdge = a.type === SAID || a.type === ABOUT;
    if (!isString(a.type) || !(isRelationType(a.type) || a.type === MENTIONED_WITH || claimEdge))
      fail(`${where} has type ${JSON.stringify(a.type)}, which is not in the relation vocabulary`);
    const evidence = a.evidence;
    if (
      !Array.isArray(evidence) ||
      !evidence.every(
        (e) =>
          isObject(e) &&
          isString(e.document) &&
          isString(e.text) &&
          isNumber(e.start) &&
          isNumber(e.end) &&
          isString(e.rule),
      )
    )
      fail(`${where}: evidence must be a list of {document, text, start, end, rule}`);
    if (!isNumber(a.weight)) fail(`${where}: weight must be a number`);
  });
  const attributes = isObject(graph.attributes) ? graph.attributes : {};
  const documents = attributes.documents ?? [];
  if (!Array.isArray(documents)) fail('graph attribute "documents" must be a list');
  (documents as unknown[]).forEach((d, i) => {
    if (!isObject(d) || !isString(d.id) || !isString(d.title)) return fail(`document ${i} needs an id and a title`);
    if (d.mentions !== undefined && !isObject(d.mentions))
      fail(`document ${d.id}: mentions must map entity keys to spans`);
  });
  return fromGraphFile(json as unknown as GraphFile);
}

/** A Claim node's fields (see model/claims.ts). */
function checkClaimNode(a: Record<string, unknown>, where: string, fail: (what: string) => never): void {
  if (!isString(a.document) || !isString(a.text) || !isNumber(a.start) || !isNumber(a.end))
    fail(`${where}: a claim needs document, text, start and end`);
  if (!CLAIM_KINDS.includes(a.kind as ClaimKind)) fail(`${where}: kind must be ${CLAIM_KINDS.join(' or ')}`);
  const sentence = a.sentence;
  if (!isObject(sentence) || !isNumber(sentence.start) || !isNumber(sentence.end))
    fail(`${where}: sentence must be {start, end}`);
  for (const field of ['cue', 'medium'])
    if (a[field] !== null && !isString(a[field])) fail(`${where}: ${field} must be text or null`);
}
