// Small hand-made graphs and gold files for the scorer tests: every answer can be counted by hand.
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';
import type { EdgeType, EntityType } from '../../src/model/vocabulary.ts';
import type { GoldDocument, GoldEntity, GoldRelation } from '../../src/quality/gold.ts';

export interface NodeSpec {
  key: string;
  label: string;
  type?: EntityType;
  aliases?: string[];
  documents?: string[];
}

export interface EdgeSpec {
  type: EdgeType;
  source: string;
  target: string;
  /** [document, sentence] pairs. */
  evidence?: [string, string][];
}

/** A graph in the format npm run extract writes, with only what the scorer reads filled in. */
export function graphOf(nodes: NodeSpec[], edges: EdgeSpec[] = []): SerializedKnowledgeGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: 'test', documents: [], reviews: [] },
    nodes: nodes.map((n) => ({
      key: n.key,
      attributes: {
        label: n.label,
        type: n.type ?? 'Person',
        aliases: n.aliases ?? [n.label],
        documents: n.documents ?? ['a.txt'],
        mentions: 1,
        x: 0,
        y: 0,
        size: 1,
      },
    })),
    edges: edges.map((e) => {
      const evidence = (e.evidence ?? [['a.txt', 'A sentence.']]).map(([document, text]) => ({
        document,
        text,
        start: 0,
        end: text.length,
        rule: 'test',
      }));
      return {
        key: `${e.type}:${e.source}->${e.target}`,
        source: e.source,
        target: e.target,
        attributes: { type: e.type, evidence, weight: evidence.length },
      };
    }),
  };
}

export const entity = (id: string, names: string[], more: Partial<GoldEntity> = {}): GoldEntity => ({
  id,
  type: 'Person',
  names,
  ...more,
});

export const relation = (
  source: string,
  type: GoldRelation['type'],
  target: string,
  more: Partial<GoldRelation> = {},
): GoldRelation => ({ source, type, target, evidence: 'A sentence.', ...more });

export const goldOf = (entities: GoldEntity[], relations: GoldRelation[] = [], document = 'a.txt'): GoldDocument => ({
  document,
  entities,
  relations,
});
