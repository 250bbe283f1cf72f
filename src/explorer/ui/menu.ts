// A menu button (WAI-ARIA menu button pattern): a button that opens a list of actions, closed by choosing one,
// clicking elsewhere or Esc.
import { h } from './dom.ts';
import { icon, type IconName } from './icons.ts';

export interface MenuItem {
  label: string;
  run: () => void;
}

export function menuButton(label: string, title: string, iconName: IconName, items: MenuItem[]): HTMLElement {
  const list = h('div', { className: 'menu-items', role: 'menu', hidden: true, attrs: { 'aria-label': label } });
  const button = h(
    'button',
    {
      type: 'button',
      className: 'tool tool-text',
      title,
      attrs: { 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    },
    icon(iconName),
    label,
  );
  const setOpen = (open: boolean) => {
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) (list.firstElementChild as HTMLElement | null)?.focus();
  };
  button.addEventListener('click', () => setOpen(list.hidden));
  for (const item of items)
    list.append(
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          on: {
            click: () => {
              setOpen(false);
              item.run();
            },
          },
        },
        item.label,
      ),
    );
  const element = h('div', { className: 'menu' }, button, list);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || list.hidden) return;
    event.stopPropagation();
    setOpen(false);
    button.focus();
  });
  document.addEventListener('click', (event) => {
    if (!element.contains(event.target as Node)) setOpen(false);
  });
  return element;
}
