// The right-hand panel for several selected entities (shift-click, box select, the data table): what they are,
// and expand, hide or isolate all of them in one undoable step.
import { expandAll, hide, isolate, clearSelection } from '../actions.ts';
import { ENTITY_COLOURS } from '../core/palette.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, swatch } from './dom.ts';
import { action } from './entityPanel.ts';
import { entityLink } from './relationsSection.ts';

/** Past this many, the list says how many more rather than listing them. */
const LISTED = 200;

export function selectionPanel(explorer: Explorer, keys: ReadonlySet<string>): HTMLElement {
  const nodes = [...keys].filter((node) => explorer.data.hasNode(node));
  const byMentions = nodes.sort(
    (a, b) => explorer.data.getNodeAttribute(b, 'mentions') - explorer.data.getNodeAttribute(a, 'mentions'),
  );
  const status = h('p', { className: 'hint', role: 'status' });
  const expandSelected = () => {
    const added = expandAll(explorer, nodes);
    status.textContent = added ? `${plural(added, 'entity', 'entities')} added.` : 'Nothing more to expand.';
  };
  return h(
    'article',
    { className: 'selection-panel', attrs: { 'aria-label': 'Selected entities' } },
    h(
      'header',
      { className: 'panel-header' },
      h('h2', { className: 'panel-title' }, `${plural(nodes.length, 'entity', 'entities')} selected`),
      h('p', { className: 'muted' }, 'Shift+click adds or removes one; Shift+drag on the graph adds a box.'),
    ),
    h(
      'div',
      { className: 'action-bar', role: 'group', attrs: { 'aria-label': 'Selection actions' } },
      action('expand', 'Expand all', expandSelected),
      action('focus', 'Isolate', () => isolate(explorer, nodes)),
      action('hide', 'Hide', () => hide(explorer, nodes)),
      action('close', 'Clear', () => clearSelection(explorer)),
    ),
    status,
    h(
      'ul',
      { className: 'selection-list' },
      ...byMentions
        .slice(0, LISTED)
        .map((node) =>
          h(
            'li',
            {},
            swatch(ENTITY_COLOURS[explorer.data.getNodeAttribute(node, 'type')]),
            entityLink(explorer, node),
            h('span', { className: 'count' }, plural(explorer.data.getNodeAttribute(node, 'mentions'), 'mention')),
          ),
        ),
    ),
    nodes.length > LISTED ? h('p', { className: 'hint' }, `and ${nodes.length - LISTED} more`) : null,
  );
}
