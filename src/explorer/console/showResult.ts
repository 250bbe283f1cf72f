// Putting a query result on the canvas: highlighted within the current view, or as its own subgraph.
import type { CypherResponse } from '../../model/api.ts';
import { selectionFromResult, type ResultSelection } from '../core/cypherResult.ts';
import { isolateNodes, showNodes } from '../core/scene.ts';
import type { Explorer } from '../explorer.ts';
import { fitNodes } from '../view/camera.ts';
import { setFilters } from '../actions.ts';

export type ResultMode = 'highlight' | 'subgraph';

/**
 * Result entities join the canvas and their relation and entity types are switched on, or a query for
 * MENTIONED_WITH would highlight edges the filters hide. Returns what was matched and which types were turned on.
 */
export function showResult(
  explorer: Explorer,
  result: CypherResponse,
  mode: ResultMode,
): { selection: ResultSelection; enabled: string[] } {
  const selection = selectionFromResult(explorer.data, result);
  const { filters } = explorer.state;
  const edgeTypes = new Set(filters.edgeTypes);
  const entityTypes = new Set(filters.entityTypes);
  const enabled: string[] = [];
  for (const edge of selection.edges) {
    const type = explorer.data.getEdgeAttribute(edge, 'type');
    if (edgeTypes.has(type)) continue;
    enabled.push(type);
    edgeTypes.add(type);
  }
  for (const node of selection.nodes) {
    const type = explorer.data.getNodeAttribute(node, 'type');
    if (entityTypes.has(type)) continue;
    enabled.push(type);
    entityTypes.add(type);
  }
  if (enabled.length > 0) setFilters(explorer, { ...filters, edgeTypes, entityTypes });

  if (selection.nodes.size > 0) {
    const scene = explorer.state.scene;
    explorer.commitScene(
      mode === 'subgraph' ? isolateNodes(scene, selection.nodes) : showNodes(scene, selection.nodes),
    );
  }
  explorer.store.set({ result: selection, selection: { kind: 'none' }, path: null });
  if (explorer.view && selection.nodes.size > 0) fitNodes(explorer.view.sigma, selection.nodes);
  return { selection, enabled };
}
