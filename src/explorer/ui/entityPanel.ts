// The side panel for one entity: what it is, what to do with it, its neighbours, relations with evidence, what it
// said and what was said about it, documents, and merges to review.
import { ENTITY_COLOURS } from '../core/palette.ts';
import { inScene } from '../core/scene.ts';
import type { Explorer } from '../explorer.ts';
import { collapse, hide, isolate, unpin } from '../actions.ts';
import { claimsSections } from './claimsSection.ts';
import { curationSection, reviewActions } from './curationSection.ts';
import { h, plural, section } from './dom.ts';
import { documentLink } from './evidenceView.ts';
import { icon, type IconName } from './icons.ts';
import { neighboursSection, tellOutcome } from './neighboursSection.ts';
import { relationsSection } from './relationsSection.ts';
import { sourcesLine } from './sourcesLine.ts';

export interface EntityPanelHooks {
  pathFrom(node: string): void;
}

/** A button of a panel's action bar. */
export function action(name: IconName, label: string, run: () => void, disabled = false): HTMLButtonElement {
  return h('button', { type: 'button', className: 'button', disabled, on: { click: run } }, icon(name), label);
}

function reviewsSection(explorer: Explorer, node: string): HTMLElement | null {
  const reviews = explorer.data.getAttribute('reviews').filter((r) => r.entity === node || r.candidate === node);
  if (reviews.length === 0) return null;
  return section(
    'Merges to review',
    h(
      'p',
      { className: 'hint' },
      explorer.curation
        ? 'Names joined (or not) on likeness alone: confirm or undo each here (saved in the curation file).'
        : 'Names joined (or not) on likeness alone. Keep one with "confirm", undo it with "separate", make a suggested one with "merge" in graph-data/curation.json.',
    ),
    h(
      'ul',
      { className: 'review-list' },
      ...reviews.map((review) =>
        h(
          'li',
          { className: `review ${review.applied ? 'applied' : 'declined'}` },
          h('span', { className: 'review-alias' }, `“${review.alias}”`),
          h(
            'span',
            { className: 'review-status' },
            review.confirmed ? 'merged, confirmed' : review.applied ? 'merged' : 'not merged',
          ),
          h(
            'span',
            { className: 'review-reason' },
            `${review.reason} · ${Math.round(review.confidence * 100)}% confidence`,
          ),
          reviewActions(explorer, review),
        ),
      ),
    ),
  );
}

function collapseAndSay(explorer: Explorer, node: string): void {
  const hidden = collapse(explorer, node);
  const name = explorer.data.getNodeAttribute(node, 'label');
  tellOutcome(
    explorer,
    node,
    hidden > 0
      ? `Collapsed: ${plural(hidden, 'neighbour')} hidden.`
      : `Nothing to collapse: every neighbour of ${name} on the canvas is also linked to something else shown (or pinned).`,
  );
}

export function entityPanel(explorer: Explorer, node: string, hooks: EntityPanelHooks): HTMLElement {
  const attrs = explorer.data.getNodeAttributes(node);
  const { scene } = explorer.state;
  const onCanvas = inScene(scene, node);
  const aliases = attrs.aliases.filter((alias) => alias !== attrs.label);
  const mentionsIn = (doc: string) => explorer.documents.get(doc)?.mentions?.[node]?.length ?? 0;

  return h(
    'article',
    { className: 'entity-panel', attrs: { 'aria-label': `Entity ${attrs.label}` } },
    h(
      'header',
      { className: 'panel-header' },
      h('span', { className: 'type-badge', style: { background: ENTITY_COLOURS[attrs.type] } }, attrs.type),
      h('h2', { className: 'panel-title' }, attrs.label),
      aliases.length
        ? h('p', { className: 'aliases' }, h('span', { className: 'muted' }, 'Also: '), aliases.join(' · '))
        : null,
      h(
        'p',
        { className: 'muted' },
        `${plural(attrs.mentions, 'mention')} in ${plural(attrs.documents.length, 'document')}`,
      ),
      sourcesLine(explorer, attrs.documents),
    ),
    h(
      'div',
      { className: 'action-bar', role: 'group', attrs: { 'aria-label': 'Entity actions' } },
      action('focus', 'Isolate', () => isolate(explorer, [node])),
      action('collapse', 'Collapse', () => collapseAndSay(explorer, node), !onCanvas),
      action('hide', 'Hide', () => hide(explorer, [node]), !onCanvas),
      action('path', 'Path from here', () => hooks.pathFrom(node)),
      scene.pinned.has(node) ? action('pin', 'Unpin', () => unpin(explorer, node)) : null,
    ),
    neighboursSection(explorer, node),
    relationsSection(explorer, node),
    claimsSections(explorer, node),
    section(
      'Documents',
      h(
        'ul',
        { className: 'doc-list' },
        ...attrs.documents.map((doc) =>
          h(
            'li',
            {},
            documentLink(explorer, { document: doc }),
            h('span', { className: 'count' }, plural(mentionsIn(doc), 'mention')),
          ),
        ),
      ),
    ),
    reviewsSection(explorer, node),
    curationSection(explorer, node),
  );
}
