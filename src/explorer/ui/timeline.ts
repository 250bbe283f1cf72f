// The timeline: a bar per period with the number of documents published in it, brushed with the pointer (drag
// across bars) or chosen with the keyboard (a bar is a button), and a bar for the undated documents.
import { binChosen, periodOfBins, toggleUndated, type Timeline } from '../core/timeline.ts';
import type { Period } from '../core/filters.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { h, panel, plural, type Panel } from './dom.ts';

const BAR_HEIGHT = 44;

const samePeriod = (a: Period | null, b: Period | null) => JSON.stringify(a) === JSON.stringify(b);

export function timelineView(explorer: Explorer, timeline: Timeline, choose: (period: Period | null) => void): Panel {
  const { bins, undated } = timeline;
  const most = Math.max(1, undated.length, ...bins.map((bin) => bin.documents.length));
  const bar = (label: string, count: number, className: string) =>
    h(
      'button',
      {
        type: 'button',
        className: `timeline-bar ${className}`,
        title: `${label}: ${plural(count, 'document')}`,
        attrs: { 'aria-label': `${label}: ${plural(count, 'document')}`, 'aria-pressed': 'false' },
      },
      h('span', {
        className: 'timeline-fill',
        // Square root: one document in a year still shows beside thirty undated ones (the title gives the count).
        style: { height: `${count ? Math.max(3, Math.round(Math.sqrt(count / most) * BAR_HEIGHT)) : 0}px` },
      }),
    );
  const binBars = bins.map((bin) => bar(bin.key, bin.documents.length, ''));
  const undatedBar = bar('Undated', undated.length, 'timeline-undated');
  const bars = h('div', { className: 'timeline-bars' }, binBars);

  // The brush: from the bar the pointer went down on to the one it is over; drawn as it moves, applied on release.
  let anchor: number | null = null;
  const binAt = (clientX: number) => {
    const box = bars.getBoundingClientRect();
    return Math.min(bins.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * bins.length)));
  };
  const period = () => explorer.state.filters.period;
  const brushed = (to: number) => periodOfBins(timeline, anchor!, to, period()?.undated ?? false);
  bars.addEventListener('pointerdown', (event) => {
    if (!bins.length || event.button !== 0) return;
    event.preventDefault();
    anchor = binAt(event.clientX);
    bars.setPointerCapture(event.pointerId);
    draw(brushed(anchor));
  });
  bars.addEventListener('pointermove', (event) => anchor !== null && draw(brushed(binAt(event.clientX))));
  bars.addEventListener('pointerup', (event) => {
    if (anchor === null) return;
    const next = brushed(binAt(event.clientX));
    anchor = null;
    // A click on the one period already chosen lets go of it.
    choose(samePeriod(next, period()) ? null : next);
  });
  bars.addEventListener('pointercancel', () => ((anchor = null), draw(period())));
  // Keyboard (a click with no pointer: detail 0) chooses one period, or lets go of it.
  binBars.forEach((button, i) =>
    button.addEventListener('click', (event) => {
      if (event.detail !== 0) return;
      const next = periodOfBins(timeline, i, i, period()?.undated ?? false);
      choose(samePeriod(next, period()) ? null : next);
    }),
  );
  undatedBar.addEventListener('click', () => choose(toggleUndated(period())));

  const draw = (shown: Period | null) => {
    binBars.forEach((button, i) => {
      const chosen = binChosen(shown, bins[i]!);
      button.classList.toggle('is-out', !chosen);
      button.setAttribute('aria-pressed', String(!!shown && chosen));
    });
    const undatedIn = !shown || shown.undated;
    undatedBar.classList.toggle('is-out', !undatedIn);
    undatedBar.setAttribute('aria-pressed', String(!!shown && undatedIn));
  };

  const element = h(
    'div',
    { className: 'timeline', role: 'group', attrs: { 'aria-label': 'Publication timeline' } },
    h(
      'div',
      { className: 'timeline-chart' },
      bins.length ? bars : h('p', { className: 'hint' }, 'No document gives a date.'),
      undated.length ? undatedBar : null,
    ),
    bins.length
      ? h(
          'div',
          { className: 'timeline-axis', attrs: { 'aria-hidden': true } },
          h('span', {}, bins[0]!.key),
          h('span', {}, bins.length > 1 ? bins.at(-1)!.key : ''),
          undated.length ? h('span', { className: 'timeline-axis-undated' }, 'undated') : null,
        )
      : null,
  );
  draw(period());
  return panel(
    element,
    onChange(explorer.store, ['filters'], ({ filters }) => draw(filters.period)),
  );
}
