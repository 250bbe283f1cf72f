// The left panel's legend doubles as the type filters: a swatch, a name, a count and a checkbox per type; then the
// minimum-evidence filter.
import { ENTITY_TYPES, MENTIONED_WITH, RELATIONS, type EdgeType, type EntityType } from '../../model/vocabulary.ts';
import { ENTITY_COLOURS, edgeColour } from '../core/palette.ts';
import {
  EDGE_TYPES,
  withEdgeType,
  withEntityType,
  withMinimum,
  withStatedRelations,
  type EvidenceMinimum,
  type Filters,
} from '../core/filters.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, section, swatch, type Panel } from './dom.ts';
import { setFilters } from '../actions.ts';

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

export function filtersPanel(explorer: Explorer): Panel {
  const entityCounts = countBy(explorer.data.mapNodes((_n, attrs) => attrs.type));
  const edgeCounts = explorer.relationCounts();
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

  const update = (change: (filters: Filters) => Filters) => setFilters(explorer, change(explorer.state.filters));
  const toggleEntity = (type: EntityType, on: boolean) => update((f) => withEntityType(f, type, on));
  const toggleEdge = (type: EdgeType, on: boolean) => update((f) => withEdgeType(f, type, on));
  const allRelations = (on: boolean) => update((f) => withStatedRelations(f, on));

  const minimum = (id: string, label: string, field: EvidenceMinimum) => {
    const input = h('input', { id, type: 'number', className: 'number', value: '1', attrs: { 'aria-label': label } });
    input.min = '1';
    input.addEventListener('change', () => {
      update((f) => withMinimum(f, field, Number(input.value)));
      input.value = String(explorer.state.filters[field]);
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
  return panel(element, onChange(explorer.store, ['filters'], sync));
}
