// The right-hand panel: an entity, a relation, several entities or a path when chosen, else an overview of the
// corpus.
import { isClaimNode } from '../../model/graphFile.ts';
import { claimEdgeCount } from '../core/claimLayer.ts';
import { MENTIONED_WITH } from '../../model/vocabulary.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, replace, section, type Panel } from './dom.ts';
import { edgePanel } from './edgePanel.ts';
import { entityPanel, type EntityPanelHooks } from './entityPanel.ts';
import { documentLink } from './evidenceView.ts';
import { pathPanel } from './pathPanel.ts';
import { selectionPanel } from './selectionPanel.ts';
import { entityLink } from './relationsSection.ts';

function overview(explorer: Explorer): HTMLElement {
  const { data, canvas } = explorer;
  // No pass over the relations here: the overview is drawn again each time the selection is cleared.
  const stated = data.size - (explorer.relationCounts().get(MENTIONED_WITH) ?? 0);
  const reviews = data.getAttribute('reviews');
  const docs = data.getAttribute('documents');
  // Claims drawn on the canvas (on demand) are neither entities nor relations.
  const entitiesShown = canvas.reduceNodes((n, _node, attrs) => (isClaimNode(attrs) ? n : n + 1), 0);
  const relationsShown = canvas.size - claimEdgeCount(canvas);
  return h(
    'article',
    { className: 'overview' },
    h('header', { className: 'panel-header' }, h('h2', { className: 'panel-title' }, 'Overview')),
    h(
      'dl',
      { className: 'stats' },
      h('div', {}, h('dt', {}, 'Documents'), h('dd', {}, docs.length.toLocaleString('en'))),
      h('div', {}, h('dt', {}, 'Entities'), h('dd', {}, data.order.toLocaleString('en'))),
      h('div', {}, h('dt', {}, 'Stated relations'), h('dd', {}, stated.toLocaleString('en'))),
      h('div', {}, h('dt', {}, 'Co-occurrences'), h('dd', {}, (data.size - stated).toLocaleString('en'))),
      h('div', {}, h('dt', {}, 'Entities shown'), h('dd', {}, entitiesShown.toLocaleString('en'))),
      h('div', {}, h('dt', {}, 'Relations shown'), h('dd', {}, relationsShown.toLocaleString('en'))),
    ),
    h(
      'p',
      { className: 'hint' },
      'Search with /, click a node for its relations and evidence, drag a node to pin it, Esc to clear.',
    ),
    section(
      'Documents',
      h(
        'ul',
        { className: 'doc-list' },
        ...docs
          .slice(0, 200)
          .map((doc) =>
            h(
              'li',
              {},
              documentLink(explorer, { document: doc.id }),
              h('span', { className: 'count' }, plural(doc.words, 'word')),
            ),
          ),
      ),
    ),
    reviews.length
      ? section(
          `Merges to review (${reviews.length})`,
          h(
            'ul',
            { className: 'review-list' },
            ...reviews.map((review) =>
              h(
                'li',
                { className: `review ${review.applied ? 'applied' : 'declined'}` },
                data.hasNode(review.entity) ? entityLink(explorer, review.entity) : review.entity,
                h('span', { className: 'review-alias' }, `“${review.alias}”`),
                h('span', { className: 'review-status' }, review.applied ? 'merged' : 'not merged'),
                h('span', { className: 'review-reason' }, `${review.reason} · ${Math.round(review.confidence * 100)}%`),
              ),
            ),
          ),
        )
      : null,
  );
}

export function detailsPanel(explorer: Explorer, container: HTMLElement, hooks: EntityPanelHooks): Panel {
  const render = () => {
    const { selection, path } = explorer.state;
    let content: HTMLElement;
    if (selection.kind === 'node' && explorer.data.hasNode(selection.key))
      content = entityPanel(explorer, selection.key, hooks);
    else if (selection.kind === 'edge' && explorer.data.hasEdge(selection.key))
      content = edgePanel(explorer, selection.key);
    else if (selection.kind === 'nodes') content = selectionPanel(explorer, selection.keys);
    else if (path) content = pathPanel(explorer, path);
    else content = overview(explorer);
    replace(container, content);
    container.scrollTop = 0;
  };
  render();
  const off = onChange(
    explorer.store,
    ['selection', 'path', 'scene', 'filters', 'canvasVersion'],
    (state, previous) => {
      // Scene, filter and canvas changes alter counts in an open panel but should not jump its scroll position.
      const scroll = container.scrollTop;
      render();
      if (state.selection === previous.selection && state.path === previous.path) container.scrollTop = scroll;
    },
  );
  return { element: container, kill: () => (off(), container.replaceChildren()) };
}
