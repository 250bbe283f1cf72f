// Several entities chosen at once (shift-click, box select, the data table): pure steps on the selection value.
import type { Selection } from './store.ts';

/** The entities a selection holds: none for an edge or nothing. */
export function selectedNodes(selection: Selection): string[] {
  if (selection.kind === 'node') return [selection.key];
  if (selection.kind === 'nodes') return [...selection.keys];
  return [];
}

/** A selection of these entities: one is a plain entity selection (its panel opens), none is nothing. */
export function selectionOf(nodes: Iterable<string>): Selection {
  const keys = new Set(nodes);
  if (keys.size === 0) return { kind: 'none' };
  if (keys.size === 1) return { kind: 'node', key: keys.values().next().value! };
  return { kind: 'nodes', keys };
}

/** Shift-click: adds the entity, or takes it out when it is in already. */
export function toggleNode(selection: Selection, node: string): Selection {
  const keys = new Set(selectedNodes(selection));
  if (keys.has(node)) keys.delete(node);
  else keys.add(node);
  return selectionOf(keys);
}

/** Box select with Shift: what was selected stays, the boxed entities join it. */
export function addNodes(selection: Selection, nodes: Iterable<string>): Selection {
  return selectionOf([...selectedNodes(selection), ...nodes]);
}
