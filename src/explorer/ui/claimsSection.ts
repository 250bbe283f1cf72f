// Who said what, in the entity panel: "What X said" (the claims X is the speaker of) and "Said about X" (claims whose
// words name X, with their speakers). Each claim: its words, quoted or reported, the verb and medium, its document.
import type { Claim } from '../../model/claims.ts';
import { claimAttribution, claimsOf, claimWords } from '../core/claims.ts';
import type { Explorer } from '../explorer.ts';
import { h, replace, section } from './dom.ts';
import { documentLink } from './evidenceView.ts';
import { entityLink } from './relationsSection.ts';

const PAGE = 10;

/** One claim as a list item; `withSpeaker` names who said it (for claims about someone else). */
export function claimItem(explorer: Explorer, claim: Claim, withSpeaker: boolean): HTMLElement {
  const speaker =
    claim.speaker !== null && explorer.data.hasNode(claim.speaker)
      ? entityLink(explorer, claim.speaker)
      : h('span', { className: 'muted' }, 'unattributed');
  return h(
    'li',
    { className: `claim claim-${claim.kind}`, attrs: { 'data-claim': `${claim.document}:${claim.start}` } },
    withSpeaker ? h('div', { className: 'claim-speaker' }, speaker, h('span', { className: 'muted' }, ' said:')) : null,
    h('blockquote', { className: 'evidence-text claim-text' }, claimWords(claim)),
    h('div', { className: 'claim-meta muted' }, claimAttribution(claim)),
    // Opens the document at the claimed words, which the reader marks as a quote.
    documentLink(explorer, { document: claim.document, start: claim.start, end: claim.end }),
  );
}

/** A titled list of claims, the first few shown and the rest one click away. */
function claimList(explorer: Explorer, title: string, claims: readonly Claim[], withSpeaker: boolean) {
  const list = h('ul', { className: 'claim-list' });
  const show = (count: number) => {
    replace(
      list,
      claims.slice(0, count).map((claim) => claimItem(explorer, claim, withSpeaker)),
      claims.length > count
        ? h(
            'li',
            {},
            h(
              'button',
              { type: 'button', className: 'link-button', on: { click: () => show(claims.length) } },
              `Show all ${claims.length}`,
            ),
          )
        : null,
    );
  };
  show(PAGE);
  const element = section(`${title} (${claims.length})`, list);
  element.classList.add('claims-section');
  return element;
}

/** The entity's claims, as speaker and as subject; nothing where it has none. */
export function claimsSections(explorer: Explorer, node: string): HTMLElement[] {
  const index = claimsOf(explorer.data);
  const label = explorer.data.getNodeAttribute(node, 'label');
  const said = index.bySpeaker.get(node) ?? [];
  const about = index.byAbout.get(node) ?? [];
  return [
    said.length ? claimList(explorer, `What ${label} said`, said, false) : null,
    about.length ? claimList(explorer, `Said about ${label}`, about, true) : null,
  ].filter((s): s is HTMLElement => s !== null);
}
