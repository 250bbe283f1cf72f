// The left panel's legend doubles as the type filters: a swatch, a name, a count and a checkbox per type; then the
// minimum-evidence filter.
import {
  ENTITY_TYPES,
  MENTIONED_WITH,
  RELATIONS,
  RELATION_TYPES,
  type EdgeType,
  type EntityType,
} from '../../model/vocabulary.ts';
import { ENTITY_COLOURS, edgeColour } from '../core/palette.ts';
import { EDGE_TYPES } from '../core/filters.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, replace, section, swatch } from './dom.ts';

function countBy<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function checkRow(id: string, colour: string, shape: 'dot' | 'line', name: string, count: number, title: string) {
  const box = h('input', { type: 'checkbox', id, className: 'check', attrs: { 'aria-label': name } });
  const row = h(
    'label',
    { className: 'check-row', htmlFor: id, title },
    box,
    swatch(colour, shape),
    h('span', { className: 'check-name' }, name),
    h('span', { className: 'count' }, count.toLocaleString('en')),
  );
  return { row, box };
}

export function filtersPanel(explorer: Explorer): HTMLElement {
  const entityCounts = countBy(explorer.data.mapNodes((_n, attrs) => attrs.type));
  const edgeCounts = countBy(explorer.data.mapEdges((_e, attrs) => attrs.type));
  const boxes = new Map<string, HTMLInputElement>();

  const entityRows = ENTITY_TYPES.map((type) => {
    const { row, box } = checkRow(
      `filter-entity-${type}`,
      ENTITY_COLOURS[type],
      'dot',
      type,
      entityCounts.get(type) ?? 0,
      `Show ${type} entities`,
    );
    box.addEventListener('change', () => toggleEntity(type, box.checked));
    boxes.set(type, box);
    return row;
  });
  const relationRows = EDGE_TYPES.map((type) => {
    const title =
      type === MENTIONED_WITH ? 'named in the same sentence (not a stated relation)' : RELATIONS[type].description;
    const { row, box } = checkRow(
      `filter-edge-${type}`,
      edgeColour(type),
      'line',
      type,
      edgeCounts.get(type) ?? 0,
      title,
    );
    if (!edgeCounts.get(type)) row.classList.add('is-empty');
    box.addEventListener('change', () => toggleEdge(type, box.checked));
    boxes.set(type, box);
    return row;
  });

  const toggleEntity = (type: EntityType, on: boolean) => {
    const entityTypes = new Set(explorer.state.filters.entityTypes);
    if (on) entityTypes.add(type);
    else entityTypes.delete(type);
    explorer.setFilters({ ...explorer.state.filters, entityTypes });
  };
  const toggleEdge = (type: EdgeType, on: boolean) => {
    const edgeTypes = new Set(explorer.state.filters.edgeTypes);
    if (on) edgeTypes.add(type);
    else edgeTypes.delete(type);
    explorer.setFilters({ ...explorer.state.filters, edgeTypes });
  };
  const allRelations = (on: boolean) => {
    const edgeTypes = new Set<EdgeType>(on ? RELATION_TYPES : []);
    if (explorer.state.filters.edgeTypes.has(MENTIONED_WITH)) edgeTypes.add(MENTIONED_WITH);
    explorer.setFilters({ ...explorer.state.filters, edgeTypes });
  };

  const minimum = (id: string, label: string, field: 'minDocuments' | 'minSentences' | 'minStories') => {
    const input = h('input', { id, type: 'number', className: 'number', value: '1', attrs: { 'aria-label': label } });
    input.min = '1';
    input.addEventListener('change', () => {
      const value = Math.max(1, Math.floor(Number(input.value)) || 1);
      input.value = String(value);
      explorer.setFilters({ ...explorer.state.filters, [field]: value });
    });
    boxes.set(field, input);
    return h('label', { className: 'field', htmlFor: id }, h('span', {}, label), input);
  };

  const relationsHeader = h(
    'div',
    { className: 'row-actions' },
    h('button', { className: 'link-button', type: 'button', on: { click: () => allRelations(true) } }, 'all'),
    h('button', { className: 'link-button', type: 'button', on: { click: () => allRelations(false) } }, 'none'),
  );
  const element = h(
    'div',
    { className: 'filters' },
    section('Entity types', entityRows),
    section(
      'Relations',
      relationsHeader,
      ...relationRows.slice(0, -1),
      h('div', { className: 'divider' }),
      relationRows.at(-1),
    ),
    section(
      'Minimum evidence',
      h(
        'p',
        { className: 'hint' },
        'Hide relations stated in fewer documents, sentences or independent stories (versions of one story count once).',
      ),
      h(
        'div',
        { className: 'field-pair' },
        minimum('filter-min-docs', 'Documents', 'minDocuments'),
        minimum('filter-min-sentences', 'Sentences', 'minSentences'),
        minimum('filter-min-stories', 'Stories', 'minStories'),
      ),
    ),
  );

  const sync = () => {
    const { filters } = explorer.state;
    for (const type of ENTITY_TYPES) boxes.get(type)!.checked = filters.entityTypes.has(type);
    for (const type of EDGE_TYPES) boxes.get(type)!.checked = filters.edgeTypes.has(type);
    boxes.get('minDocuments')!.value = String(filters.minDocuments);
    boxes.get('minSentences')!.value = String(filters.minSentences);
    boxes.get('minStories')!.value = String(filters.minStories);
  };
  sync();
  onChange(explorer.store, ['filters'], sync);
  return element;
}

/** A legend of the communities when nodes are coloured by community. */
export function communityLegend(explorer: Explorer): HTMLElement {
  const list = h('div', { className: 'community-list' });
  const element = section('Communities (Louvain)', list);
  const sync = () => {
    element.hidden = explorer.state.colour !== 'community' || !explorer.view;
    if (element.hidden || !explorer.view) return;
    const { list: communities } = explorer.view.communities();
    replace(
      list,
      ...communities
        .slice(0, 12)
        .map((c) =>
          h(
            'div',
            { className: 'check-row' },
            swatch(c.colour),
            h('span', { className: 'check-name' }, c.label),
            h('span', { className: 'count' }, String(c.size)),
          ),
        ),
      communities.length > 12
        ? h('p', { className: 'hint' }, `${communities.length - 12} smaller communities in grey`)
        : null,
    );
  };
  sync();
  onChange(explorer.store, ['colour', 'canvasVersion'], sync);
  return element;
}
