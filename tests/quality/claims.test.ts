// The claim scorer on hand-made claims: overlap of texts, one gold claim per prediction, speakers by name, and
// optional and speakerless gold claims.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claims.ts';
import { parseGoldClaims, scoreClaims, textOverlap } from '../../src/quality/claims.ts';
import { entity, goldOf, graphOf } from './graphs.ts';

const claim = (text: string, speaker: string | null): Claim => ({
  document: 'a.txt',
  kind: 'direct',
  text,
  start: 0,
  end: text.length,
  sentence: { start: 0, end: text.length },
  cue: 'said',
  medium: null,
  speaker,
  about: [],
});

describe('claim scoring', () => {
  it('measures overlap on words, quote marks and spacing aside, over the shorter text', () => {
    expect(textOverlap('the line “held”  today', 'The line "held" today, he said')).toBe(1);
    expect(textOverlap('we will hold the line', 'we will never give up')).toBeLessThan(0.5);
    expect(textOverlap('a b c d', 'c d e f')).toBeCloseTo(3 / 7);
  });

  it('matches each gold claim once, and attributes by the speaker’s names', () => {
    const graph = graphOf([{ key: 'p:dorn', label: 'Ivan Dorn', aliases: ['Dorn'] }]);
    graph.attributes!.claims = [
      claim('we will hold the line until spring', 'p:dorn'),
      claim('we will hold the line', 'p:dorn'),
      claim('nobody will leave the town', null),
      claim('an aside nobody annotated', 'p:dorn'),
    ];
    const gold = [goldOf([entity('dorn', ['Dorn']), entity('orlov', ['Viktor Orlov'])])];
    const goldClaims = parseGoldClaims(
      {
        document: 'a.txt',
        claims: [
          { speaker: 'dorn', kind: 'direct', text: 'we will hold the line until spring' },
          { speaker: 'orlov', kind: 'direct', text: 'nobody will leave the town' },
          { speaker: null, kind: 'indirect', text: 'we will hold the line', optional: true },
        ],
      },
      'a.txt.claims.json',
    );
    const score = scoreClaims(graph, [goldClaims], gold);
    // The second prediction matches only the optional claim: left out.
    expect(score.detection).toEqual({ gold: 2, found: 2, predicted: 3, correct: 2 });
    expect(score.attribution).toEqual({ gold: 2, found: 1, predicted: 2, correct: 1 });
    expect(score.spurious).toEqual(['a.txt: an aside nobody annotated']);
  });

  it('refuses a claims file with an unknown key, naming the file', () => {
    expect(() => parseGoldClaims({ document: 'd', claims: [{ kind: 'direct', text: 'x', who: 1 }] }, 'f.json')).toThrow(
      /f\.json: claim 0 has unknown key "who"/,
    );
  });
});

describe('entity scoring beside claims', () => {
  it('counts no Claim node as an extracted entity, as the reference scorer does', async () => {
    const { scoreGraph } = await import('../../src/quality/score.ts');
    const { toGraphFile } = await import('../../src/model/graphFile.ts');
    const { MultiGraph } = await import('graphology');
    const graph = graphOf([{ key: 'p:dorn', label: 'Ivan Dorn' }]);
    graph.attributes!.claims = [claim('we will hold the line', 'p:dorn')];
    const file = toGraphFile(MultiGraph.from(graph) as never);
    expect(file.nodes.map((n) => n.attributes!.type)).toEqual(['Person', 'Claim']);
    const { summary } = scoreGraph(file, [goldOf([entity('dorn', ['Ivan Dorn'])])]);
    expect(summary.entity.precision).toBe(1);
  });
});
