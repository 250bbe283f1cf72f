// The fewest hops between two nodes over relationships of any type and direction, as Cypher's
// shortestPath((a)-[*..n]-(b)) finds them, by a breadth-first search from both ends. Grafeo 0.6.0's shortestPath
// searches from one end only: between two random entities of 100,000 (4-5 hops apart) it reaches most of the graph.
// Searching from both ends, always widening the smaller frontier, meets halfway after a few thousand nodes.

/** A node's relationships as `[neighbour, relationship]` id pairs, both directions (Grafeo's `getNodeEdges`). */
export type Neighbours = (node: number) => number[][];

/** A path: its nodes from `from` to `to`, and the relationship between each node and the next. */
export interface FoundPath {
  nodes: number[];
  relationships: number[];
}

/** A shortest path from `from` to `to` of at most `maxHops` relationships, or null when there is none. */
export function shortestPath(neighbours: Neighbours, from: number, to: number, maxHops: number): FoundPath | null {
  if (from === to) return { nodes: [from], relationships: [] };
  // Per side, each node reached -> [the node it was reached from, the relationship between them].
  const reached = [
    new Map<number, [number, number]>([[from, [-1, -1]]]),
    new Map([[to, [-1, -1] as [number, number]]]),
  ];
  const frontiers = [[from], [to]];
  let hops = 0;
  while (hops < maxHops && frontiers[0].length && frontiers[1].length) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const [mine, theirs] = [reached[side], reached[1 - side]];
    const next: number[] = [];
    hops++;
    for (const node of frontiers[side])
      for (const [neighbour, relationship] of neighbours(node)) {
        if (mine.has(neighbour)) continue;
        mine.set(neighbour, [node, relationship]);
        // The first meeting is a shortest path: every node the other side reached is as near its end as any other.
        if (theirs.has(neighbour)) return joined(reached[0], reached[1], neighbour);
        next.push(neighbour);
      }
    frontiers[side] = next;
  }
  return null;
}

/** The path through `meeting`: back to the start on the first side, then on to the end on the other. */
function joined(fromStart: Map<number, [number, number]>, fromEnd: Map<number, [number, number]>, meeting: number) {
  const nodes: number[] = [];
  const relationships: number[] = [];
  for (let node = meeting; node !== -1;) {
    const [previous, relationship] = fromStart.get(node)!;
    nodes.unshift(node);
    if (relationship !== -1) relationships.unshift(relationship);
    node = previous;
  }
  for (let node = meeting; ;) {
    const [following, relationship] = fromEnd.get(node)!;
    if (following === -1) break;
    nodes.push(following);
    relationships.push(relationship);
    node = following;
  }
  return { nodes, relationships };
}
