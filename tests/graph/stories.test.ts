// Story lineage: the two seed versions of one NBC story are one story; documents about different events are none;
// corroboration counts a story once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStories, independentStories } from '../../src/graph/stories.ts';

const documentsOf = (dir: string) => readdirSync(dir).map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8') }));

describe('stories', () => {
  it('groups the two seed versions as one story', () => {
    const [story, ...rest] = findStories(documentsOf('graph-data/documents'));
    expect(rest).toEqual([]);
    expect(story.documents).toEqual(['000_d630ea40083de3a6.txt', '001_7bd1a4dae700160c.txt']);
    expect(story.similarity).toBeGreaterThan(0.2);
  });

  it.each(['heldout', 'blind', 'news-dev'])('finds no story among the %s articles, each about its own event', (set) =>
    expect(findStories(documentsOf(join('tests/fixtures', set, 'documents')))).toEqual([]),
  );

  it('groups a copy with its original, and counts the two as one independent story', () => {
    const original =
      'The Example Front crossed the border at dawn. Its commander said the raid would continue for days.';
    const documents = [
      { id: 'a.txt', text: original },
      { id: 'b.txt', text: `Example Wire - ${original} More to follow.` },
      { id: 'c.txt', text: 'Floods closed the coastal road on Sunday, and the port stayed shut.' },
    ];
    const stories = findStories(documents);
    expect(stories.map((s) => s.documents)).toEqual([['a.txt', 'b.txt']]);
    expect(independentStories(stories)(['a.txt', 'b.txt'])).toBe(1);
    expect(independentStories(stories)(['a.txt', 'b.txt', 'c.txt'])).toBe(2);
  });

  it('puts the stories in the seed graph and counts each relation’s independent stories', () => {
    const graph = JSON.parse(readFileSync('graph-data/graph.json', 'utf8'));
    expect(graph.attributes.stories).toHaveLength(1);
    const stated = graph.edges.filter((e: { attributes: { type: string } }) =>
      ['LEADS', 'SPOKE_TO', 'OPPOSES'].includes(e.attributes.type),
    );
    for (const e of stated) expect(e.attributes.stories).toBe(1);
  });
});
