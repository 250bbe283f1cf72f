// Corrections from the entity panel, on the local server only: rename, retype, ignore, merge with other entities,
// separate a name; and confirm, undo or make each merge to review. Each one goes to the curation file, and the
// graph is rebuilt from it (curationStatus.ts shows the progress, and the page reloads onto the new graph).
import type { MergeReview } from '../../model/graph.ts';
import type { CurationAction } from '../../model/curation.ts';
import { ENTITY_TYPES } from '../../model/vocabulary.ts';
import type { Explorer } from '../explorer.ts';
import { h, section } from './dom.ts';
import { entityPicker } from './entityPicker.ts';

/** Entities picked to merge with each entity, kept across the panel's re-renders. */
const picked = new WeakMap<Explorer, Map<string, string[]>>();

const button = (label: string, run: () => void, disabled = false) =>
  h('button', { type: 'button', className: 'button', disabled, on: { click: run } }, label);

function send(explorer: Explorer, action: CurationAction): void {
  void explorer.curation?.act(action);
}

/** The correction controls for one entity; null where the server offers no curation (static hosting). */
export function curationSection(explorer: Explorer, node: string): HTMLElement | null {
  if (!explorer.curation) return null;
  const { label, type, aliases } = explorer.data.getNodeAttributes(node);
  const others = picked.get(explorer) ?? new Map<string, string[]>();
  picked.set(explorer, others);
  const chosen = others.get(node) ?? [];

  const name = h('input', { type: 'text', value: label, attrs: { 'aria-label': `New name for ${label}` } });
  const kind = h(
    'select',
    { attrs: { 'aria-label': `New type for ${label}` } },
    ENTITY_TYPES.map((t) => {
      const option = h('option', { value: t }, t);
      option.selected = t === type;
      return option;
    }),
  );
  const names = aliases.filter((a) => a !== label);
  const alias = h(
    'select',
    { attrs: { 'aria-label': `Name to separate from ${label}` } },
    names.map((a) => h('option', { value: a }, a)),
  );
  const mergeList = h(
    'ul',
    { className: 'merge-list' },
    chosen.map((key) => h('li', {}, explorer.data.hasNode(key) ? explorer.data.getNodeAttribute(key, 'label') : key)),
  );
  const picker = entityPicker({
    id: `merge-${node}`,
    label: `Merge ${label} with`,
    placeholder: 'Merge with… (type a name)',
    search: explorer.search,
    onPick: (hit) => {
      const list = others.get(node) ?? [];
      if (hit.key === node || list.includes(hit.key)) return;
      others.set(node, [...list, hit.key]);
      mergeList.append(h('li', {}, hit.label));
      merge.textContent = `Merge ${list.length + 2} entities`;
      merge.disabled = false;
    },
  });
  const labels = (keys: string[]) => keys.map((k) => explorer.data.getNodeAttribute(k, 'label'));
  const merge = button(
    `Merge ${chosen.length + 1} entities`,
    () => {
      const keys = others.get(node) ?? [];
      others.delete(node);
      send(explorer, { kind: 'merge', entities: [label, ...labels(keys)] });
    },
    chosen.length === 0,
  );

  return section(
    'Correct',
    h('p', { className: 'hint' }, 'Each correction is saved in the curation file and the graph is rebuilt from it.'),
    h(
      'div',
      { className: 'curation-row' },
      name,
      button('Rename', () => send(explorer, { kind: 'rename', entity: label, label: name.value.trim() })),
    ),
    h(
      'div',
      { className: 'curation-row' },
      kind,
      button('Retype', () => send(explorer, { kind: 'retype', entity: label, type: kind.value as typeof type })),
    ),
    names.length
      ? h(
          'div',
          { className: 'curation-row' },
          alias,
          button('Separate', () => send(explorer, { kind: 'separate', names: [label, alias.value] })),
        )
      : null,
    h('div', { className: 'curation-merge' }, picker.element, mergeList, merge),
    h(
      'div',
      { className: 'curation-row' },
      button(`Ignore ${label}`, () => send(explorer, { kind: 'ignore', entity: label })),
    ),
  );
}

/** Confirm, undo or make one merge to review; nothing where the server offers no curation. */
export function reviewActions(explorer: Explorer, review: MergeReview): HTMLElement | null {
  if (!explorer.curation || !explorer.data.hasNode(review.entity)) return null;
  const entity = explorer.data.getNodeAttribute(review.entity, 'label');
  if (!review.applied) {
    const candidate = review.candidate && explorer.data.hasNode(review.candidate) ? review.candidate : null;
    return candidate
      ? h(
          'span',
          { className: 'review-actions' },
          button('Merge', () =>
            send(explorer, { kind: 'merge', entities: [entity, explorer.data.getNodeAttribute(candidate, 'label')] }),
          ),
        )
      : null;
  }
  return h(
    'span',
    { className: 'review-actions' },
    review.confirmed ? null : button('Confirm', () => send(explorer, { kind: 'confirm', entity, alias: review.alias })),
    button('Undo merge', () => send(explorer, { kind: 'separate', names: [entity, review.alias] })),
  );
}
