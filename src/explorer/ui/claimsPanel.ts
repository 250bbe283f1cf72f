// The sidebar's "Who said what" section: how many claims the documents make, a switch that draws them on the graph
// (off by default), their legend, and the way into "Where sources disagree". A claim clicked on the canvas opens its
// document at the claimed words.
import { openDocument, setFilters } from '../actions.ts';
import { claimsOf } from '../core/claims.ts';
import { onChange } from '../core/store.ts';
import type { Explorer } from '../explorer.ts';
import { CLAIM_COLOURS } from '../view/claimStyle.ts';
import { h, panel, plural, section, swatch, type Panel } from './dom.ts';

export function claimsPanel(explorer: Explorer, openDisagreements: () => void): Panel {
  const index = claimsOf(explorer.data);
  const attributed = index.all.filter((c) => c.speaker !== null).length;
  const toggle = h('input', { id: 'show-claims', type: 'checkbox' });
  toggle.addEventListener('change', () => setFilters(explorer, { ...explorer.state.filters, claims: toggle.checked }));
  const element = section(
    'Who said what',
    h(
      'p',
      { className: 'hint' },
      `${plural(index.all.length, 'claim')} (quotes and reported speech), ${attributed.toLocaleString('en')} with a known speaker.`,
    ),
    h(
      'label',
      { className: 'check-row', htmlFor: 'show-claims' },
      toggle,
      h('span', { className: 'check-name' }, 'Show claims on the graph'),
    ),
    h(
      'div',
      { className: 'claim-legend' },
      h('span', {}, swatch(CLAIM_COLOURS.direct), ' quoted'),
      h('span', {}, swatch(CLAIM_COLOURS.indirect), ' reported'),
      h('span', { className: 'muted' }, 'SAID from the speaker, ABOUT to whom it names'),
    ),
    h('button', { type: 'button', className: 'button', on: { click: openDisagreements } }, 'Where sources disagree…'),
  );
  element.classList.add('claims-panel');
  toggle.disabled = index.all.length === 0;
  const sync = () => {
    toggle.checked = explorer.state.filters.claims;
  };
  sync();
  const off = onChange(explorer.store, ['filters'], sync);
  const openClaim = ({ node }: { node: string }) => {
    const claim = index.byKey.get(node);
    if (claim) openDocument(explorer, claim.document, { start: claim.start, end: claim.end });
  };
  explorer.view?.sigma.on('clickNode', openClaim);
  return panel(element, off, () => explorer.view?.sigma.off('clickNode', openClaim));
}
