// The line under the canvas that follows a correction: its rebuild's step, a failure and why, and undo.
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, replace, type Panel } from './dom.ts';

export function curationStatus(explorer: Explorer): Panel {
  const element = h('div', { className: 'curation-status', role: 'status', hidden: true });
  const render = () => {
    const state = explorer.state.curation;
    if (!state) return;
    const { job, undoable, error } = state;
    const running = job.state === 'running';
    const text = error
      ? `Correction refused: ${error}`
      : running
        ? `Rebuilding the graph with your correction: ${job.step} (step ${job.done + 1} of ${job.total})…`
        : job.state === 'failed'
          ? `The rebuild failed: ${job.message}`
          : job.state === 'done'
            ? 'The graph was rebuilt; reloading it…'
            : '';
    replace(
      element,
      h('span', {}, text),
      undoable > 0 && !running
        ? h(
            'button',
            { type: 'button', className: 'button', on: { click: () => void explorer.curation?.undo() } },
            'Undo last correction',
          )
        : null,
    );
    element.dataset.kind = error || job.state === 'failed' ? 'error' : 'info';
    element.hidden = !text && undoable === 0;
  };
  render();
  return panel(element, onChange(explorer.store, ['curation'], render));
}
