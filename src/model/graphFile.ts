// graph.json as written: the entity graph, and each claim as a node of type Claim with a SAID edge from its speaker
// and an ABOUT edge to each entity it names. In memory the claims are a list beside the entity graph, so everything
// that walks entities (layout, metrics, the explorer's views) never meets a claim.
import type { SerializedGraph } from 'graphology-types';
import { ABOUT, CLAIM_TYPE, claimKey, SAID, type Claim } from './claims.ts';
import type {
  EntityAttributes,
  Evidence,
  GraphAttributes,
  KnowledgeGraph,
  RelationAttributes,
  SerializedKnowledgeGraph,
} from './graph.ts';

/** A claim's node: the claim without its links, which are edges. */
export interface ClaimNodeAttributes extends Omit<Claim, 'speaker' | 'about'> {
  type: typeof CLAIM_TYPE;
  /** The claimed words, shortened for display. */
  label: string;
}

/** SAID and ABOUT carry the claim's sentence as evidence, as every edge of the graph does. */
export interface ClaimEdgeAttributes {
  type: typeof SAID | typeof ABOUT;
  evidence: Evidence[];
  weight: number;
}

export type GraphFile = SerializedGraph<
  EntityAttributes | ClaimNodeAttributes,
  RelationAttributes | ClaimEdgeAttributes,
  GraphAttributes
>;

const LABEL_LENGTH = 60;

export const claimLabel = (text: string): string =>
  text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;

/** The evidence of a claim's edges: its sentence, and how it was read. */
function claimEvidence(claim: Claim, text: string): Evidence {
  return {
    document: claim.document,
    text,
    start: claim.sentence.start,
    end: claim.sentence.end,
    rule: `claim-${claim.kind}`,
  };
}

/** The graph as graph.json holds it: claims become nodes and edges. */
export function toGraphFile(graph: KnowledgeGraph): GraphFile {
  const exported = graph.export();
  const { claims = [], ...attributes } = exported.attributes!;
  const texts = new Map(attributes.documents.map((d) => [d.id, d.text]));
  const file: GraphFile = { ...exported, attributes, nodes: [...exported.nodes], edges: [...exported.edges] };
  for (const claim of claims) {
    const key = claimKey(claim);
    const { speaker, about, ...rest } = claim;
    file.nodes.push({ key, attributes: { type: CLAIM_TYPE, label: claimLabel(claim.text), ...rest } });
    const sentence = texts.get(claim.document)?.slice(claim.sentence.start, claim.sentence.end) ?? claim.text;
    const edge = (type: typeof SAID | typeof ABOUT, source: string, target: string) =>
      file.edges.push({
        key: `${type}:${source}->${target}`,
        source,
        target,
        attributes: { type, evidence: [claimEvidence(claim, sentence)], weight: 1 },
      });
    if (speaker !== null) edge(SAID, speaker, key);
    for (const entity of about) edge(ABOUT, key, entity);
  }
  return file;
}

/** Whether a node of a graph.json (or of the explorer's canvas, when it shows claims) is a claim. */
export const isClaimNode = (attributes: { type?: unknown } | undefined): attributes is ClaimNodeAttributes =>
  attributes?.type === CLAIM_TYPE;

/** Whether an edge is a claim's SAID or ABOUT. */
export const isClaimEdge = (attributes: { type?: unknown } | undefined): attributes is ClaimEdgeAttributes =>
  attributes?.type === SAID || attributes?.type === ABOUT;

/** The entity graph of a graph.json, its claims back in the `claims` attribute. Checked by the caller. */
export function fromGraphFile(file: GraphFile): SerializedKnowledgeGraph {
  const claimNodes = new Map<string, ClaimNodeAttributes>();
  // Untrusted files reach here before their checks (the explorer's): nothing may be assumed present.
  for (const n of file.nodes) if (isClaimNode(n?.attributes)) claimNodes.set(n.key, n.attributes);
  if (!claimNodes.size) return file as SerializedKnowledgeGraph;
  const speakers = new Map<string, string>();
  const about = new Map<string, string[]>();
  for (const e of file.edges) {
    if (e?.attributes?.type === SAID && claimNodes.has(e.target)) speakers.set(e.target, e.source);
    if (e?.attributes?.type === ABOUT && claimNodes.has(e.source))
      about.set(e.source, [...(about.get(e.source) ?? []), e.target]);
  }
  const claims: Claim[] = [...claimNodes].map(([key, { type: _type, label: _label, ...claim }]) => ({
    ...claim,
    speaker: speakers.get(key) ?? null,
    about: about.get(key) ?? [],
  }));
  return {
    ...file,
    attributes: { ...file.attributes!, claims },
    nodes: file.nodes.filter((n) => !claimNodes.has(n?.key)),
    edges: file.edges.filter((e) => !claimNodes.has(e?.source) && !claimNodes.has(e?.target)),
  } as SerializedKnowledgeGraph;
}
