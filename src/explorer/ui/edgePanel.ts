// The side panel for one relation: its type, its ends, how well it is supported, and every evidence sentence.
import { MENTIONED_WITH, RELATIONS } from '../../model/vocabulary.ts';
import { evidenceCounts } from '../core/evidence.ts';
import { edgeColour } from '../core/palette.ts';
import type { Explorer } from '../explorer.ts';
import { h, plural, section } from './dom.ts';
import { evidenceList } from './evidenceView.ts';
import { entityLink } from './relationsSection.ts';
import { sourcesLine } from './sourcesLine.ts';
import { selectEdge } from '../actions.ts';

export function edgePanel(explorer: Explorer, edge: string): HTMLElement {
  const attrs = explorer.data.getEdgeAttributes(edge);
  const [source, target] = explorer.data.extremities(edge);
  const counts = evidenceCounts(attrs);
  const description =
    attrs.type === MENTIONED_WITH
      ? 'named in the same sentence (not a stated relation)'
      : RELATIONS[attrs.type].description;
  const others = [...new Set([...explorer.data.edges(source, target), ...explorer.data.edges(target, source)])].filter(
    (e) => e !== edge,
  );
  const kept = attrs.type === MENTIONED_WITH && attrs.weight > attrs.evidence.length;

  return h(
    'article',
    { className: 'edge-panel', attrs: { 'aria-label': `Relation ${attrs.type}` } },
    h(
      'header',
      { className: 'panel-header' },
      h('span', { className: 'type-badge', style: { background: edgeColour(attrs.type) } }, attrs.type),
      h(
        'h2',
        { className: 'panel-title relation-title' },
        entityLink(explorer, source),
        h('span', { className: 'relation-arrow' }, attrs.type === MENTIONED_WITH ? '—' : '→'),
        entityLink(explorer, target),
      ),
      h('p', { className: 'muted' }, description),
      h(
        'p',
        {
          className: 'muted evidence-counts',
          title: 'Versions of one story (copies, rewrites, translations) count as one independent story',
        },
        `${plural(counts.documents, 'document')}, ${plural(counts.stories, 'independent story', 'independent stories')}, ${plural(counts.sentences, 'sentence')}`,
      ),
      sourcesLine(
        explorer,
        attrs.evidence.map((item) => item.document),
      ),
    ),
    section(
      'Evidence',
      kept
        ? h(
            'p',
            { className: 'hint' },
            `The first ${attrs.evidence.length} of ${attrs.weight} shared sentences are kept.`,
          )
        : null,
      evidenceList(explorer, attrs.evidence, [source, target]),
    ),
    others.length
      ? section(
          'Other relations between them',
          h(
            'ul',
            { className: 'plain-list' },
            ...others.map((other) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { type: 'button', className: 'link-button', on: { click: () => selectEdge(explorer, other) } },
                  `${explorer.data.getEdgeAttribute(other, 'type')} (${explorer.data.source(other) === source ? '→' : '←'})`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
