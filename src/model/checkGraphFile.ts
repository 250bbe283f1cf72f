// The one check of graph.json, where it enters: the loader (store/load/readGraph.ts) and the explorer's loading
// worker (explorer/core/checkGraph.ts) both call it, so a file one accepts the other accepts too.
import { ABOUT, CLAIM_KINDS, CLAIM_TYPE, SAID, type ClaimKind } from './claims.ts';
import { KgError } from './errors.ts';
import type { SerializedKnowledgeGraph } from './graph.ts';
import { fromGraphFile, type GraphFile } from './graphFile.ts';
import { isObject } from './json.ts';
import { isEntityType, isRelationType, MENTIONED_WITH } from './vocabulary.ts';

/** graph.json does not have the graph format's shape; the message names the file, the element and the field. */
export class GraphFormatError extends KgError {
  override name = 'GraphFormatError';
  constructor(message: string) {
    super('BAD_GRAPH', message);
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isNullableString = (v: unknown) => v === null || v === undefined || isString(v);

/**
 * Checks every field the store and the explorer use (extra fields are allowed) and returns the entity graph with
 * its claims taken out (model/graphFile.ts). `source` names the file in messages.
 */
export function checkGraphFile(json: unknown, source: string): SerializedKnowledgeGraph {
  const fail = (what: string): never => {
    throw new GraphFormatError(`${source} is not a knowledge graph: ${what}. Regenerate it with npm run extract.`);
  };
  if (!isObject(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges))
    fail('no "nodes" and "edges" arrays');
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
    if (!isNumber(a.x) || !isNumber(a.y)) fail(`${where} has no x/y position`);
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
    if (!isNullableString(d.source) || !isNullableString(d.published))
      fail(`document ${d.id}: source and published must be text or null`);
    if (d.text !== undefined && !isString(d.text)) fail(`document ${d.id}: text must be text`);
    if (d.mentions !== undefined && !isObject(d.mentions))
      fail(`document ${d.id}: mentions must map entity keys to spans`);
  });
  const reviews = attributes.reviews ?? [];
  if (!Array.isArray(reviews)) fail('graph attribute "reviews" must be a list');
  // Older graphs lack the optional lists; fill them so readers need not ask.
  graph.attributes = { name: 'graph', ...attributes, documents, reviews };
  return fromGraphFile(graph as unknown as GraphFile);
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
