// The side panel for a shortest path: each hop with the relations that make it and their evidence.
import { MENTIONED_WITH } from '../../model/vocabulary.ts';
import { edgeColour } from '../core/palette.ts';
import type { PathState } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, swatch } from './dom.ts';
import { evidenceList } from './evidenceView.ts';
import { entityLink } from './relationsSection.ts';
import { clearPath, selectEdge } from '../actions.ts';

export function pathPanel(explorer: Explorer, path: PathState): HTMLElement {
  const label = (node: string) => (explorer.data.hasNode(node) ? explorer.data.getNodeAttribute(node, 'label') : node);
  const header = h(
    'header',
    { className: 'panel-header' },
    h('span', { className: 'type-badge path-badge' }, 'Path'),
    h('h2', { className: 'panel-title' }, `${label(path.from)} → ${label(path.to)}`),
  );
  const clear = h(
    'button',
    { type: 'button', className: 'button', on: { click: () => clearPath(explorer) } },
    'Clear path',
  );
  if (!path.result)
    return h(
      'article',
      { className: 'path-panel' },
      header,
      h(
        'p',
        { className: 'notice' },
        'No path through the relations the filters show. Turn on more relation types (MENTIONED_WITH links far more entities) or lower the minimum evidence.',
      ),
      clear,
    );

  const hops = path.result.hops.map((hop, i) =>
    h(
      'li',
      { className: 'hop' },
      h(
        'div',
        { className: 'hop-head' },
        h('span', { className: 'hop-number' }, String(i + 1)),
        entityLink(explorer, hop.from),
        h('span', { className: 'relation-arrow' }, '…'),
        entityLink(explorer, hop.to),
      ),
      ...hop.edges.map((edge) => {
        const attrs = explorer.data.getEdgeAttributes(edge);
        const forward = explorer.data.source(edge) === hop.from;
        const arrow = attrs.type === MENTIONED_WITH ? '—' : forward ? '→' : '←';
        return h(
          'div',
          { className: 'hop-edge' },
          h(
            'button',
            { type: 'button', className: 'link-button mono', on: { click: () => selectEdge(explorer, edge) } },
            swatch(edgeColour(attrs.type), 'line'),
            `${arrow} ${attrs.type}`,
          ),
          evidenceList(explorer, attrs.evidence, [hop.from, hop.to], 2),
        );
      }),
    ),
  );
  return h(
    'article',
    { className: 'path-panel' },
    header,
    h('p', { className: 'muted' }, plural(path.result.hops.length, 'hop')),
    h('ol', { className: 'hop-list' }, hops),
    clear,
  );
}
