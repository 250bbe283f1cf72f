// Shortest path between two entities: pick both ends, draw the path, list each hop with its evidence.
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, section, type Panel } from './dom.ts';
import { entityPicker } from './entityPicker.ts';
import { clearPath, findPath } from '../actions.ts';

export interface PathFinder extends Panel {
  /** "Path from here" in the entity panel: fills the first end and puts the cursor in the second. */
  setFrom(node: string): void;
}

export function pathFinder(explorer: Explorer): PathFinder {
  const ends: { from: string | null; to: string | null } = { from: null, to: null };
  const from = entityPicker({
    id: 'path-from',
    label: 'Path from',
    placeholder: 'From…',
    search: explorer.search,
    keepValue: true,
    onPick: (hit) => ((ends.from = hit.key), update()),
  });
  const to = entityPicker({
    id: 'path-to',
    label: 'Path to',
    placeholder: 'To…',
    search: explorer.search,
    keepValue: true,
    onPick: (hit) => ((ends.to = hit.key), update()),
  });
  const find = h('button', { type: 'button', className: 'button primary', disabled: true }, 'Find path');
  const clear = h('button', { type: 'button', className: 'button', hidden: true }, 'Clear');
  const update = () => (find.disabled = !(ends.from && ends.to && ends.from !== ends.to));
  find.addEventListener('click', () => ends.from && ends.to && findPath(explorer, ends.from, ends.to));
  clear.addEventListener('click', () => clearPath(explorer));
  from.input.addEventListener('input', () => ((ends.from = null), update()));
  to.input.addEventListener('input', () => ((ends.to = null), update()));

  // The panel follows the state: a path chosen elsewhere ("path from here", a shared link) fills the fields.
  // A path cleared (Esc, Clear, a link without one) empties the fields too, or they would name a path not shown.
  const off = onChange(explorer.store, ['path'], ({ path }, previous) => {
    clear.hidden = !path;
    if (!path) {
      if (previous.path) {
        ends.from = ends.to = null;
        from.setValue('');
        to.setValue('');
        update();
      }
      return;
    }
    ends.from = path.from;
    ends.to = path.to;
    from.setValue(explorer.data.hasNode(path.from) ? explorer.data.getNodeAttribute(path.from, 'label') : path.from);
    to.setValue(explorer.data.hasNode(path.to) ? explorer.data.getNodeAttribute(path.to, 'label') : path.to);
    update();
  });

  const element = section(
    'Shortest path',
    from.element,
    to.element,
    h('div', { className: 'row-actions' }, find, clear),
    h('p', { className: 'hint' }, 'Follows the relations the filters show, in either direction.'),
  );
  const setFrom = (node: string) => {
    ends.from = node;
    from.setValue(explorer.data.getNodeAttribute(node, 'label'));
    update();
    to.input.focus();
  };
  return { element, setFrom, kill: () => (off(), element.remove()) };
}
