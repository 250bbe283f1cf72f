// Claims on the canvas, when the user asks for them: a node per claim whose speaker or subject is shown, a SAID edge
// from its speaker and an ABOUT edge to each entity it names, as graph.json holds them. The loaded graph never holds
// claims (nothing that walks entities meets one); only the canvas does, and only while the toggle is on.
import { ABOUT, CLAIM_TYPE, claimKey, SAID, type Claim } from '../../model/claims.ts';
import type { EntityAttributes, KnowledgeGraph, RelationAttributes } from '../../model/graph.ts';
import { claimLabel, isClaimNode, type ClaimEdgeAttributes, type ClaimNodeAttributes } from '../../model/graphFile.ts';
import { ringAround } from './canvasGraph.ts';
import type { ClaimIndex } from './claims.ts';
import type { Position } from './scene.ts';

/**
 * A claim's node on the canvas: the claim node of graph.json (so an export of the canvas loads back with its
 * claims) with the fields every canvas node has (mentions, documents, aliases, position) for the views that size,
 * colour and export nodes.
 */
export type ClaimCanvasNode = ClaimNodeAttributes & Omit<EntityAttributes, 'type'>;

export interface ClaimLayer {
  nodes: Map<string, ClaimCanvasNode>;
  edges: Map<string, { source: string; target: string; attributes: ClaimEdgeAttributes }>;
}

export const EMPTY_LAYER: ClaimLayer = { nodes: new Map(), edges: new Map() };

/** How far from its speaker a claim is placed: a share of the layout's extent, so it reads as the speaker's. */
const RING_SHARE = 0.12;

function extent(data: KnowledgeGraph): number {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  data.forEachNode((_n, { x, y }) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 1;
}

/**
 * The claims whose speaker or one of whose subjects passes `shown`, placed around the entity they hang from (the
 * speaker, else the first subject shown) unless they were on the canvas before (`placement`).
 */
export function claimLayer(
  data: KnowledgeGraph,
  index: ClaimIndex,
  shown: (entity: string) => boolean,
  placement: ReadonlyMap<string, Position>,
): ClaimLayer {
  const layer: ClaimLayer = { nodes: new Map(), edges: new Map() };
  const around = new Map<string, Claim[]>();
  const texts = new Map(data.getAttribute('documents').map((d) => [d.id, d.text]));
  for (const claim of index.all) {
    const speaker = claim.speaker !== null && shown(claim.speaker) ? claim.speaker : null;
    const subjects = claim.about.filter(shown);
    const anchor = speaker ?? subjects[0];
    if (!anchor) continue;
    around.set(anchor, [...(around.get(anchor) ?? []), claim]);
    const key = claimKey(claim);
    const text = texts.get(claim.document) ?? '';
    const evidence = [
      {
        document: claim.document,
        text: text.slice(claim.sentence.start, claim.sentence.end),
        start: claim.sentence.start,
        end: claim.sentence.end,
        rule: `claim-${claim.kind}`,
      },
    ];
    const edge = (type: typeof SAID | typeof ABOUT, source: string, target: string) =>
      layer.edges.set(`${type}:${source}->${target}`, { source, target, attributes: { type, evidence, weight: 1 } });
    if (speaker) edge(SAID, speaker, key);
    for (const entity of subjects) edge(ABOUT, key, entity);
    const { speaker: _speaker, about: _about, ...rest } = claim;
    layer.nodes.set(key, {
      ...rest,
      type: CLAIM_TYPE,
      label: claimLabel(claim.text),
      aliases: [],
      documents: [claim.document],
      mentions: 1,
      x: 0,
      y: 0,
      size: 1,
    });
  }
  const radius = extent(data) * RING_SHARE;
  for (const [anchor, claims] of around) {
    const fresh = claims.map(claimKey).filter((key) => !placement.has(key));
    const ring = ringAround(data.getNodeAttributes(anchor), fresh, radius);
    for (const claim of claims) {
      const key = claimKey(claim);
      Object.assign(layer.nodes.get(key)!, placement.get(key) ?? ring.get(key));
    }
  }
  return layer;
}

const claimNodesOn = (canvas: KnowledgeGraph): string[] => canvas.filterNodes((_n, attrs) => isClaimNode(attrs));

/** How many of the canvas's edges are claims' SAID and ABOUT (each joins a claim to an entity). */
export const claimEdgeCount = (canvas: KnowledgeGraph): number =>
  claimNodesOn(canvas).reduce((sum, node) => sum + canvas.degree(node), 0);

/** Brings the canvas's claims in line with `layer`; says whether anything changed. */
export function syncClaimLayer(canvas: KnowledgeGraph, layer: ClaimLayer): boolean {
  let changed = false;
  // The canvas is typed for entities and relations: claims are written and read through these casts only.
  const nodes = canvas as unknown as { hasNode(k: string): boolean; addNode(k: string, a: ClaimCanvasNode): void };
  const claimNodes = claimNodesOn(canvas);
  // A claim's edges all end at the claim: looked for there, not in a pass over every relation on the canvas.
  for (const node of claimNodes)
    for (const edge of canvas.edges(node))
      if (!layer.edges.has(edge)) {
        canvas.dropEdge(edge);
        changed = true;
      }
  for (const node of claimNodes)
    if (!layer.nodes.has(node)) {
      canvas.dropNode(node);
      changed = true;
    }
  for (const [key, attributes] of layer.nodes)
    if (!nodes.hasNode(key)) {
      nodes.addNode(key, attributes);
      changed = true;
    }
  for (const [key, { source, target, attributes }] of layer.edges)
    if (!canvas.hasEdge(key) && canvas.hasNode(source) && canvas.hasNode(target)) {
      canvas.addEdgeWithKey(key, source, target, attributes as unknown as RelationAttributes);
      changed = true;
    }
  return changed;
}
