// Appearance: size by a metric, colour by type, community or a metric, how many labels to show.
import { NODE_METRICS } from '../core/metrics.ts';
import { COLOUR_MODES, isColourMode } from '../core/nodeStyle.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, section, type Panel } from './dom.ts';
import { setColour, setLabelDensity, setSize } from '../actions.ts';
import { LABEL_DENSITY } from '../core/urlState.ts';

export function appearancePanel(explorer: Explorer): Panel {
  const size = h(
    'select',
    { id: 'size-metric', className: 'select', attrs: { 'aria-label': 'Size nodes by' } },
    ...NODE_METRICS.map((metric) => h('option', { value: metric.id, title: metric.description }, metric.label)),
  );
  size.addEventListener('change', () => setSize(explorer, size.value));

  const colour = h(
    'select',
    { id: 'colour-mode', className: 'select', attrs: { 'aria-label': 'Colour nodes by' } },
    ...COLOUR_MODES.map((mode) => h('option', { value: mode.id }, mode.label)),
  );
  colour.addEventListener('change', () => isColourMode(colour.value) && setColour(explorer, colour.value));

  const density = h('input', {
    id: 'label-density',
    type: 'range',
    className: 'range',
    attrs: { 'aria-label': 'Label density' },
  });
  Object.assign(density, { min: String(LABEL_DENSITY.min), max: String(LABEL_DENSITY.max), step: '0.1' });
  density.addEventListener('input', () => setLabelDensity(explorer, Number(density.value)));

  const sync = () => {
    size.value = explorer.state.size;
    colour.value = explorer.state.colour;
    density.value = String(explorer.state.labelDensity);
  };
  sync();
  const off = onChange(explorer.store, ['size', 'colour', 'labelDensity'], sync);

  const element = section(
    'Appearance',
    h('label', { className: 'field', htmlFor: 'size-metric' }, h('span', {}, 'Size by'), size),
    h('label', { className: 'field', htmlFor: 'colour-mode' }, h('span', {}, 'Colour by'), colour),
    h('label', { className: 'field', htmlFor: 'label-density' }, h('span', {}, 'Labels'), density),
  );
  return panel(element, off);
}
