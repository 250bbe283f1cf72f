// The explorer's graphology graphs (the loaded one and the canvas), with each node's adjacency in V8's dictionary
// mode from the start. Graphology keeps a node's edges in plain objects keyed by neighbour (`in`, `out`), created as
// `{}`: V8 then gives every one of them a hidden class of its own as neighbour keys come, and at 100,000 entities
// and 500,000 relations that was most of the cost of adding an edge, twice per relation at load (once per graph).
// A dictionary-mode object takes the same keys about 3× faster, in less memory (issue 11).
import { MultiGraph } from 'graphology';
import type { KnowledgeGraph } from '../../model/graph.ts';

type Adjacency = Record<string, unknown>;

/** graphology's per-node record (its private NodeDataClass): the adjacency fields a graph type has. */
interface NodeRecord {
  in?: Adjacency;
  out?: Adjacency;
  undirected?: Adjacency;
  clear(): void;
}
type NodeRecordClass = new (key: string, attributes: object) => NodeRecord;

const ADJACENCY = ['in', 'out', 'undirected'] as const;

/** An empty object in dictionary mode that keeps Object.prototype: graphology calls hasOwnProperty on adjacency. */
const dictionary = (): Adjacency => Object.setPrototypeOf(Object.create(null), Object.prototype) as Adjacency;

const dictionaryRecords = new WeakMap<NodeRecordClass, NodeRecordClass>();

function withDictionaryAdjacency(Base: NodeRecordClass): NodeRecordClass {
  let Derived = dictionaryRecords.get(Base);
  if (!Derived) {
    Derived = class extends Base {
      // graphology calls clear() from the constructor and when the edges are cleared.
      override clear(): void {
        super.clear();
        for (const field of ADJACENCY) if (this[field]) this[field] = dictionary();
      }
    };
    dictionaryRecords.set(Base, Derived);
  }
  return Derived;
}

/** Whether this graphology still has the node record class knowledgeGraph() adapts (a test watches for upgrades). */
export const adaptsNodeRecords = (graph: KnowledgeGraph): boolean =>
  typeof (graph as unknown as { NodeDataClass?: unknown }).NodeDataClass === 'function';

/** An empty graph of the explorer's shape: directed, parallel relations, self-loops allowed. */
export function knowledgeGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph({ type: 'directed', allowSelfLoops: true });
  // A graphology without the class would just keep its own objects: slower, the same graph.
  if (adaptsNodeRecords(graph)) {
    const internals = graph as unknown as { NodeDataClass: NodeRecordClass };
    internals.NodeDataClass = withDictionaryAdjacency(internals.NodeDataClass);
  }
  return graph;
}
