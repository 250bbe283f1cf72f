// The console drawer's frame: a handle to drag (or arrow-key) its height, maximise to the whole page below the top
// bar, and close.
import { h } from '../ui/dom.ts';
import { icon } from '../ui/icons.ts';

const MIN_HEIGHT = 160;
const TOP_BAR = 52;
const STEP = 40;

export interface ConsoleFrame {
  handle: HTMLElement;
  buttons: HTMLElement[];
  kill(): void;
}

export function consoleFrame(container: HTMLElement, close: () => void): ConsoleFrame {
  const clamp = (height: number) => Math.round(Math.min(Math.max(height, MIN_HEIGHT), innerHeight - TOP_BAR - 80));
  const setHeight = (height: number) => {
    const next = clamp(height);
    container.style.height = `${next}px`;
    handle.setAttribute('aria-valuenow', String(next));
  };
  const maximise = h(
    'button',
    {
      type: 'button',
      className: 'tool',
      title: 'Maximise the console',
      attrs: { 'aria-label': 'Maximise the console', 'aria-pressed': 'false' },
      on: { click: () => setMaximised(!container.classList.contains('maximised')) },
    },
    icon('fit'),
  );
  const setMaximised = (on: boolean) => {
    container.classList.toggle('maximised', on);
    maximise.setAttribute('aria-pressed', String(on));
    const label = on ? 'Restore the console' : 'Maximise the console';
    maximise.setAttribute('aria-label', label);
    maximise.title = label;
  };
  const closeButton = h(
    'button',
    {
      type: 'button',
      className: 'tool',
      title: 'Close the console',
      attrs: { 'aria-label': 'Close the console' },
      on: { click: close },
    },
    icon('close'),
  );
  const handle = h('div', {
    className: 'console-resize',
    role: 'separator',
    tabIndex: 0,
    title: 'Drag to resize; double-click to maximise',
    attrs: { 'aria-label': 'Resize the console', 'aria-orientation': 'horizontal', 'aria-valuemin': MIN_HEIGHT },
  });
  const onMove = (event: PointerEvent) => setHeight(innerHeight - event.clientY);
  handle.addEventListener('pointerdown', (event) => {
    if (container.classList.contains('maximised')) setMaximised(false);
    handle.setPointerCapture(event.pointerId);
    handle.addEventListener('pointermove', onMove);
    event.preventDefault();
  });
  handle.addEventListener('pointerup', (event) => {
    handle.releasePointerCapture(event.pointerId);
    handle.removeEventListener('pointermove', onMove);
  });
  handle.addEventListener('dblclick', () => setMaximised(!container.classList.contains('maximised')));
  handle.addEventListener('keydown', (event) => {
    const delta = event.key === 'ArrowUp' ? STEP : event.key === 'ArrowDown' ? -STEP : 0;
    if (!delta) return;
    event.preventDefault();
    setHeight(container.getBoundingClientRect().height + delta);
  });
  // A window made smaller must not leave the console taller than the page.
  const onResize = () => container.style.height && setHeight(container.getBoundingClientRect().height);
  addEventListener('resize', onResize);
  return {
    handle,
    buttons: [maximise, closeButton],
    kill: () => removeEventListener('resize', onResize),
  };
}
