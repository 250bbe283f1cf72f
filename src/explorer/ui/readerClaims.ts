// Claims in the document reader: the claimed words marked in the text (quoted words and reported speech apart), the
// speaker on hover, and on click a note under the text naming the speaker, the verb and the medium.
import type { Claim } from '../../model/claims.ts';
import { claimAttribution, claimWords } from '../core/claims.ts';
import type { Explorer } from '../explorer.ts';
import { h, replace } from './dom.ts';
import { entityLink } from './relationsSection.ts';

const speakerName = (explorer: Explorer, claim: Claim) =>
  claim.speaker !== null && explorer.data.hasNode(claim.speaker)
    ? explorer.data.getNodeAttribute(claim.speaker, 'label')
    : null;

/** The note a click on a claim fills: who said it, how, and a link to select the speaker. */
export function claimNote(): { element: HTMLElement; show(explorer: Explorer, claim: Claim): void } {
  const element = h('aside', { className: 'claim-note', hidden: true, attrs: { 'aria-label': 'Claim' } });
  return {
    element,
    show(explorer, claim) {
      const speaker =
        claim.speaker !== null && explorer.data.hasNode(claim.speaker)
          ? entityLink(explorer, claim.speaker)
          : h('span', {}, 'Unattributed');
      replace(
        element,
        h(
          'div',
          { className: 'claim-speaker' },
          speaker,
          h('span', { className: 'muted' }, ` · ${claimAttribution(claim)}`),
        ),
        h('blockquote', { className: 'evidence-text claim-text' }, claimWords(claim)),
        h(
          'button',
          {
            type: 'button',
            className: 'icon-button claim-note-close',
            title: 'Close',
            attrs: { 'aria-label': 'Close claim' },
            on: { click: () => (element.hidden = true) },
          },
          '×',
        ),
      );
      element.hidden = false;
    },
  };
}

/** The element around a claim's words in the text; a click (or Enter) tells `onPick`. */
export function claimMark(explorer: Explorer, claim: Claim, onPick: (claim: Claim) => void): HTMLElement {
  const speaker = speakerName(explorer, claim);
  const pick = () => onPick(claim);
  return h('span', {
    className: `claim-mark claim-${claim.kind}`,
    tabIndex: 0,
    title: `${speaker ? `Said by ${speaker}` : 'Unattributed'} (${claimAttribution(claim)})`,
    attrs: {
      'data-claim': `${claim.document}:${claim.start}`,
      'aria-label': `${claim.kind === 'direct' ? 'Quote' : 'Reported speech'}${speaker ? ` by ${speaker}` : ''}`,
    },
    on: {
      click: pick,
      keydown: (event) => {
        if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
        event.preventDefault();
        pick();
      },
    },
  });
}
