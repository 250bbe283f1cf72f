// A combobox over entity names and aliases (WAI-ARIA combobox pattern): the main search box and the path ends.
import type { SearchHit, SearchIndex } from '../core/search.ts';
import { ENTITY_COLOURS } from '../core/palette.ts';
import { h, replace, swatch } from './dom.ts';

export interface EntityPickerOptions {
  id: string;
  label: string;
  placeholder: string;
  search: SearchIndex;
  onPick: (hit: SearchHit) => void;
  /** Keep the chosen name in the field (path ends) or clear it (the main search). */
  keepValue?: boolean;
}

export interface EntityPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
}

export function entityPicker(options: EntityPickerOptions): EntityPicker {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    placeholder: options.placeholder,
    className: 'picker-input',
    attrs: {
      'aria-label': options.label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    },
  });
  input.setAttribute('role', 'combobox');
  input.autocomplete = 'off';
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    className: 'picker-list',
    hidden: true,
    attrs: { 'aria-label': `${options.label}: matches` },
  });
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    input.value = options.keepValue ? hit.label : '';
    close();
    options.onPick(hit);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };
  const render = () => {
    hits = options.search.search(input.value, 12);
    replace(
      list,
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            className: 'picker-option',
            attrs: { 'aria-selected': 'false' },
            // mousedown, not click: the input's blur would close the list first.
            on: { mousedown: (event) => (event.preventDefault(), pick(hit)) },
          },
          swatch(ENTITY_COLOURS[hit.type]),
          h('span', { className: 'picker-label' }, hit.label),
          hit.alias ? h('span', { className: 'picker-alias' }, `“${hit.alias}”`) : null,
          hit.fuzzy ? h('span', { className: 'picker-fuzzy', title: 'Spelt another way or mistyped' }, '≈') : null,
          h('span', { className: 'picker-type' }, hit.type),
        ),
      ),
    );
    if (input.value.trim() && hits.length === 0)
      list.append(h('li', { className: 'picker-empty' }, 'No entity by that name'));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    highlight(hits.length > 0 ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value && render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) render();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits.length) highlight((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit && !list.hidden) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) event.stopPropagation();
      close();
    }
  });

  const element = h('div', { className: 'picker' }, input, list);
  return { element, input, setValue: (text) => (input.value = text) };
}
