// An entity's relations grouped by type, each with the sentences that state it; co-occurrences folded away.
import type { KnowledgeGraph } from '../../model/graph.ts';
import { MENTIONED_WITH, type EdgeType } from '../../model/vocabulary.ts';
import { edgeColour } from '../core/palette.ts';
import type { Explorer } from '../explorer.ts';
import { append, h, plural, swatch } from './dom.ts';
import { evidenceList } from './evidenceView.ts';
import { selectEdge, selectNode } from '../actions.ts';

interface RelationItem {
  edge: string;
  type: EdgeType;
  outgoing: boolean;
  other: string;
}

const PAGE = 30;

function relationsOf(graph: KnowledgeGraph, node: string): Map<EdgeType, RelationItem[]> {
  const groups = new Map<EdgeType, RelationItem[]>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const item = { edge, type: attrs.type, outgoing: source === node, other: source === node ? target : source };
    const list = groups.get(attrs.type);
    if (list) list.push(item);
    else groups.set(attrs.type, [item]);
  });
  return groups;
}

export function entityLink(explorer: Explorer, node: string): HTMLElement {
  const attrs = explorer.data.getNodeAttributes(node);
  return h(
    'button',
    {
      type: 'button',
      className: 'entity-link',
      title: `Select ${attrs.label}`,
      on: { click: () => selectNode(explorer, node) },
    },
    attrs.label,
  );
}

function relationRow(explorer: Explorer, node: string, item: RelationItem): HTMLElement {
  const label = explorer.data.getNodeAttribute(node, 'label');
  const evidence = explorer.data.getEdgeAttribute(item.edge, 'evidence');
  const arrow = item.type === MENTIONED_WITH ? '—' : item.outgoing ? '→' : '←';
  const head = h(
    'div',
    { className: 'relation-head' },
    h(
      'span',
      { className: 'relation-arrow', title: item.outgoing ? `${label} ${item.type} …` : `… ${item.type} ${label}` },
      arrow,
    ),
    entityLink(explorer, item.other),
    h(
      'button',
      { type: 'button', className: 'link-button small', on: { click: () => selectEdge(explorer, item.edge) } },
      plural(evidence.length, 'sentence'),
    ),
  );
  return h(
    'li',
    { className: 'relation', attrs: { 'data-edge': item.edge } },
    head,
    evidenceList(explorer, evidence, [node, item.other], 3),
  );
}

export function relationsSection(explorer: Explorer, node: string): HTMLElement {
  const groups = relationsOf(explorer.data, node);
  const ordered = [...groups.entries()].sort(
    ([a], [b]) => Number(a === MENTIONED_WITH) - Number(b === MENTIONED_WITH) || a.localeCompare(b),
  );
  const element = h('section', { className: 'panel-section' }, h('h3', {}, 'Relations'));
  if (ordered.length === 0)
    element.append(h('p', { className: 'hint' }, 'No relations were extracted for this entity.'));
  for (const [type, items] of ordered) {
    items.sort((a, b) => Number(b.outgoing) - Number(a.outgoing) || a.other.localeCompare(b.other));
    // A hub can have thousands of relations of one type: render a first page, the rest on demand.
    const list = h(
      'ul',
      { className: 'relation-list' },
      items.slice(0, PAGE).map((item) => relationRow(explorer, node, item)),
    );
    if (items.length > PAGE) {
      const more = h('li', {});
      const showRest = () => {
        const rest = document.createDocumentFragment();
        append(
          rest,
          items.slice(PAGE).map((item) => relationRow(explorer, node, item)),
        );
        more.replaceWith(rest);
      };
      more.append(
        h(
          'button',
          { type: 'button', className: 'link-button', on: { click: showRest } },
          `Show ${items.length - PAGE} more`,
        ),
      );
      list.append(more);
    }
    const group = h(
      'details',
      { className: 'relation-group', attrs: { 'data-type': type } },
      h(
        'summary',
        {},
        swatch(edgeColour(type), 'line'),
        h('span', { className: 'relation-type' }, type),
        h('span', { className: 'count' }, String(items.length)),
      ),
      list,
    );
    // Stated relations open; co-occurrences are many and weak, so they start folded.
    group.open = type !== MENTIONED_WITH;
    element.append(group);
  }
  return element;
}
