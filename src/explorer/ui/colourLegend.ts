// What the node colours mean when they show a community or a metric (the entity-type filters double as the type
// legend): a swatch, a label and a count per class.
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, plural, replace, swatch, type Panel } from './dom.ts';

export function colourLegend(explorer: Explorer): Panel {
  const list = h('div', { className: 'community-list' });
  const title = h('h3', {});
  const element = h('section', { className: 'panel-section colour-legend' }, title, list);
  const sync = () => {
    element.hidden = explorer.state.colour === 'type' || !explorer.view;
    if (element.hidden || !explorer.view) return;
    const { legend } = explorer.view.appearance();
    title.textContent = legend.title;
    replace(
      list,
      ...legend.entries.map((entry) =>
        h(
          'div',
          { className: 'check-row' },
          swatch(entry.colour),
          h('span', { className: 'check-name' }, entry.label),
          h('span', { className: 'count' }, entry.count.toLocaleString('en')),
        ),
      ),
      legend.more
        ? h('p', { className: 'hint' }, `${plural(legend.more, 'smaller community', 'smaller communities')} in grey`)
        : null,
    );
  };
  sync();
  return panel(element, onChange(explorer.store, ['colour', 'canvasVersion'], sync));
}
