// Neighbour counts by relation type and direction, shown before anything is expanded, with capped expansion.
import { edgePasses, nodePasses } from '../core/filters.ts';
import { EXPAND_LIMIT, neighbourGroups, rankedNeighbours, type ExpandQuery } from '../core/neighbours.ts';
import { edgeColour } from '../core/palette.ts';
import type { Scene } from '../core/scene.ts';
import type { Explorer } from '../explorer.ts';
import { expand } from '../actions.ts';
import { h, swatch } from './dom.ts';
import { icon } from './icons.ts';

// The panel is rebuilt when the canvas changes, so the outcome of the last expansion or collapse is kept here to show
// again, for as long as the scene it produced is the one shown (undo makes it stale).
const lastOutcome = new WeakMap<Explorer, { node: string; text: string; scene: Scene }>();

/** Says what an expansion or collapse of `node` did, in the panel's status line. */
export function tellOutcome(explorer: Explorer, node: string, text: string): void {
  lastOutcome.set(explorer, { node, text, scene: explorer.state.scene });
  // The step rebuilt the panel: write into the new status line.
  const live = document.querySelector('.entity-panel .neighbour-status');
  if (live) live.textContent = text;
}

export function neighboursSection(explorer: Explorer, node: string): HTMLElement {
  const groups = neighbourGroups(explorer.data, node, explorer.state.scene);
  const previous = lastOutcome.get(explorer);
  const status = h(
    'p',
    { className: 'hint neighbour-status', role: 'status' },
    previous?.node === node && previous.scene === explorer.state.scene ? previous.text : '',
  );
  const expandWith = (query: ExpandQuery, what: string) => {
    const { added, remaining } = expand(explorer, node, query);
    const text =
      added === 0
        ? `All ${what} neighbours are already on the canvas.`
        : `Added ${added}${remaining > 0 ? `; ${remaining} more (“Show more” brings the next ${Math.min(remaining, EXPAND_LIMIT)})` : ''}.`;
    tellOutcome(explorer, node, text);
  };

  const rows = groups.map((group) => {
    const hiddenByFilter = !explorer.state.filters.edgeTypes.has(group.type);
    const arrow = group.direction === 'out' ? '→' : '←';
    const what = `${group.type} ${group.direction === 'out' ? 'outgoing' : 'incoming'}`;
    const more = group.offCanvas > EXPAND_LIMIT ? `Show ${EXPAND_LIMIT} more` : `Expand ${group.offCanvas}`;
    return h(
      'tr',
      {
        className: hiddenByFilter ? 'is-filtered' : '',
        title: hiddenByFilter ? 'This relation type is filtered out' : '',
      },
      h('td', {}, swatch(edgeColour(group.type), 'line')),
      h('td', { className: 'mono' }, `${arrow} ${group.type}`),
      h('td', { className: 'num' }, String(group.total)),
      h(
        'td',
        { className: 'num' },
        group.offCanvas === 0
          ? h('span', { className: 'muted', title: 'all on the canvas' }, '✓')
          : hiddenByFilter
            ? h(
                'span',
                { className: 'muted', title: `Turn on ${group.type} in Relations to expand through it` },
                String(group.offCanvas),
              )
            : h(
                'button',
                {
                  type: 'button',
                  className: 'icon-button small',
                  title: more,
                  attrs: { 'aria-label': `${more} ${what} neighbours` },
                  on: { click: () => expandWith({ type: group.type, direction: group.direction }, what) },
                },
                icon('expand'),
                String(group.offCanvas),
              ),
      ),
    );
  });

  // Distinct neighbours reachable through what the filters show: the groups overlap, so they are not summed.
  const { filters } = explorer.state;
  const offCanvas = rankedNeighbours(explorer.data, node, explorer.state.scene, {
    edgeAllowed: (relation) => edgePasses(filters, relation),
    nodeAllowed: (entity) => nodePasses(filters, entity),
  }).length;
  return h(
    'section',
    { className: 'panel-section' },
    h('h3', {}, 'Neighbours'),
    groups.length === 0
      ? h('p', { className: 'hint' }, 'No neighbours.')
      : h(
          'table',
          { className: 'neighbour-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}),
              h('th', {}, 'relation'),
              h('th', { className: 'num' }, 'total'),
              h('th', { className: 'num' }, 'off canvas'),
            ),
          ),
          h('tbody', {}, rows),
        ),
    offCanvas > 0
      ? h(
          'button',
          { type: 'button', className: 'button', on: { click: () => expandWith({}, 'the') } },
          icon('expand'),
          offCanvas > EXPAND_LIMIT ? `Expand the first ${EXPAND_LIMIT} of ${offCanvas}` : `Expand all ${offCanvas}`,
        )
      : null,
    status,
  );
}
