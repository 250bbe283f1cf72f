// The scorer on hand-made graphs whose answers are counted by hand: matching, splits, conflations, ties,
// optional items, direction and symmetry, documents and evidence.
import { describe, expect, it } from 'vitest';
import { scoreGraph } from '../../src/quality/score.ts';
import { entity, goldOf, graphOf, relation } from './graphs.ts';

const galeotti = entity('galeotti', ['Mark Galeotti', 'Galeotti']);
const mayak = entity('mayak', ['Mayak Intelligence'], { type: 'Organization' });
const rvc = entity('rvc', ['Russian Volunteer Corps', 'RVC'], { type: 'Organization' });
const legion = entity('legion', ['Freedom of Russia Legion', 'Legion'], { type: 'Organization' });

describe('entities', () => {
  it('counts found, missed and spurious entities into precision, recall and F1', () => {
    const graph = graphOf([
      { key: 'p:galeotti', label: 'Mark Galeotti' },
      { key: 'o:mayak', label: 'Mayak Intelligence', type: 'Organization' },
      { key: 'p:nobody', label: 'Nobody Special' },
    ]);
    const { summary, perDoc } = scoreGraph(graph, [goldOf([galeotti, mayak, rvc])]);
    expect(summary.entity.recall).toBeCloseTo(2 / 3);
    expect(summary.entity.precision).toBeCloseTo(2 / 3);
    expect(summary.entity.f1).toBeCloseTo(2 / 3);
    expect(perDoc[0].missed).toEqual(['Russian Volunteer Corps']);
    expect(perDoc[0].spurious).toEqual(['Nobody Special (Person)']);
  });

  it('matches on any gold name, ignoring case, quotes, possessives and a leading "the"', () => {
    const graph = graphOf([
      { key: 'o:rvc', label: 'the RVC’s', type: 'Organization' },
      { key: 'o:kremlin', label: 'The Kremlin', type: 'Organization' },
    ]);
    const kremlin = entity('kremlin', ['“kremlin”'], { type: 'Organization' });
    expect(scoreGraph(graph, [goldOf([rvc, kremlin])]).summary.entity.recall).toBe(1);
  });

  it('counts typed recall only for an accepted type, and accepts every type `types` lists', () => {
    const ukraine = entity('ukraine', ['Ukraine'], { type: 'Location', types: ['Location', 'Organization'] });
    const graph = graphOf([
      { key: 'l:galeotti', label: 'Galeotti', type: 'Location' },
      { key: 'o:ukraine', label: 'Ukraine', type: 'Organization' },
    ]);
    const { summary } = scoreGraph(graph, [goldOf([galeotti, ukraine])]);
    expect(summary.entity.recall).toBe(1);
    expect(summary.entity.typedRecall).toBe(0.5);
  });

  it('finds a gold entity named by two extracted ones once, counts both correct, and reports the split', () => {
    const graph = graphOf([
      { key: 'p:mark-galeotti', label: 'Mark Galeotti' },
      { key: 'p:galeotti', label: 'Galeotti' },
    ]);
    const { summary, perDoc } = scoreGraph(graph, [goldOf([galeotti, mayak])]);
    expect(summary.entity.recall).toBe(0.5);
    expect(summary.entity.precision).toBe(1);
    expect(summary.splitsWithinDocuments).toBe(1);
    expect(perDoc[0].splits).toEqual(['Mark Galeotti <- Mark Galeotti | Galeotti']);
  });

  it('finds both gold entities an extracted one names, counts it once, and reports the conflation', () => {
    const graph = graphOf([
      { key: 'o:legion', label: 'Legion', aliases: ['Legion', 'RVC'], type: 'Organization' },
      { key: 'p:galeotti', label: 'Galeotti' },
    ]);
    const { summary, perDoc } = scoreGraph(graph, [goldOf([legion, rvc, galeotti])]);
    expect(summary.entity.recall).toBe(1);
    expect(summary.entity.precision).toBe(1);
    expect(summary.conflations).toBe(1);
    expect(perDoc[0].conflations).toEqual(['Legion -> legion, rvc']);
  });

  it('credits a tie, a name two gold entities share, to both', () => {
    const clarkeA = entity('clarke_michael', ['Michael Clarke', 'Clarke']);
    const clarkeB = entity('clarke_anna', ['Anna Clarke', 'Clarke']);
    const graph = graphOf([{ key: 'p:clarke', label: 'Clarke' }]);
    const { summary, perDoc } = scoreGraph(graph, [goldOf([clarkeA, clarkeB])]);
    expect(summary.entity.recall).toBe(1);
    expect(summary.entity.precision).toBe(1);
    expect(perDoc[0].conflations).toEqual(['Clarke -> clarke_michael, clarke_anna']);
  });

  it('leaves optional entities out of precision and recall, found or not', () => {
    const tass = entity('tass', ['Tass'], { type: 'Organization', optional: true });
    const telegram = entity('telegram', ['Telegram'], { type: 'Organization', optional: true });
    const graph = graphOf([
      { key: 'p:galeotti', label: 'Galeotti' },
      { key: 'o:tass', label: 'Tass', type: 'Organization' },
    ]);
    const { summary, perDoc } = scoreGraph(graph, [goldOf([galeotti, tass, telegram])]);
    expect(perDoc[0]).toMatchObject({ gold: 1, found: 1, pred: 1, predOk: 1, missed: [], spurious: [] });
    expect(summary.entity.f1).toBe(1);
  });

  it('counts an extracted entity that names an optional and a required one', () => {
    const tass = entity('tass', ['Tass', 'Galeotti'], { type: 'Organization', optional: true });
    const graph = graphOf([{ key: 'p:galeotti', label: 'Galeotti' }]);
    expect(scoreGraph(graph, [goldOf([galeotti, tass])]).perDoc[0]).toMatchObject({ pred: 1, predOk: 1 });
  });

  it('scores each document with the entities that list it, matched by file name or stem', () => {
    const graph = graphOf([
      { key: 'p:galeotti', label: 'Galeotti', documents: ['sub/a.txt', 'b'] },
      { key: 'o:mayak', label: 'Mayak Intelligence', type: 'Organization', documents: ['c.txt'] },
    ]);
    const { perDoc } = scoreGraph(graph, [goldOf([galeotti, mayak], [], 'a.txt'), goldOf([galeotti], [], 'b.txt')]);
    expect(perDoc.map((d) => [d.document, d.found, d.pred])).toEqual([
      ['a.txt', 1, 1],
      ['b.txt', 1, 1],
    ]);
  });

  it('reports a gold id matched by different entities in different documents as a split across the corpus', () => {
    const graph = graphOf([
      { key: 'p:mark-galeotti', label: 'Mark Galeotti', documents: ['a.txt'] },
      { key: 'p:galeotti', label: 'Galeotti', documents: ['b.txt'] },
    ]);
    const report = scoreGraph(graph, [goldOf([galeotti], [], 'a.txt'), goldOf([galeotti], [], 'b.txt')]);
    expect(report.summary.splitsWithinDocuments).toBe(0);
    expect(report.summary.splitsAcrossCorpus).toBe(1);
    expect(report.corpusSplits).toEqual(['galeotti: Mark Galeotti | Galeotti']);
  });
});

describe('relations', () => {
  const nodes = [
    { key: 'p:galeotti', label: 'Galeotti' },
    { key: 'o:mayak', label: 'Mayak Intelligence', type: 'Organization' as const },
    { key: 'o:rvc', label: 'RVC', type: 'Organization' as const },
    { key: 'o:legion', label: 'Legion', type: 'Organization' as const },
  ];
  const entities = [galeotti, mayak, rvc, legion];

  it('counts a relation when its type and direction match', () => {
    const graph = graphOf(nodes, [
      { type: 'LEADS', source: 'p:galeotti', target: 'o:mayak' },
      { type: 'ALLIED_WITH', source: 'o:rvc', target: 'o:mayak' },
    ]);
    const gold = goldOf(entities, [relation('galeotti', 'LEADS', 'mayak'), relation('rvc', 'ALLIED_WITH', 'legion')]);
    const { summary, perDoc } = scoreGraph(graph, [gold]);
    expect(summary.relation).toEqual({ recall: 0.5, pairRecall: 0.5, precision: 0.5, f1: 0.5 });
    expect(perDoc[0].rMissed).toEqual(['rvc ALLIED_WITH legion']);
    expect(perDoc[0].rSpurious).toEqual(['RVC ALLIED_WITH Mayak Intelligence']);
  });

  it('takes a symmetric relation either way, a directed one only its own way (but as a pair either way)', () => {
    const graph = graphOf(nodes, [
      { type: 'ALLIED_WITH', source: 'o:legion', target: 'o:rvc' },
      { type: 'PART_OF', source: 'o:rvc', target: 'o:legion' },
    ]);
    const gold = goldOf(entities, [relation('rvc', 'ALLIED_WITH', 'legion'), relation('legion', 'PART_OF', 'rvc')]);
    const { summary, perDoc } = scoreGraph(graph, [gold]);
    expect(summary.relation.recall).toBe(0.5);
    expect(summary.relation.pairRecall).toBe(1);
    expect(perDoc[0].rSpurious).toEqual(['RVC PART_OF Legion']);
  });

  it('counts the right ends under another type for pair recall only', () => {
    const graph = graphOf(nodes, [{ type: 'WORKS_FOR', source: 'p:galeotti', target: 'o:mayak' }]);
    const { summary } = scoreGraph(graph, [goldOf(entities, [relation('galeotti', 'LEADS', 'mayak')])]);
    expect(summary.relation).toEqual({ recall: 0, pairRecall: 1, precision: 0, f1: 0 });
  });

  it('says why each relation was missed: an end not found, another type, named together untyped, or apart', () => {
    const ana = entity('ana', ['Ana Lima']);
    const graph = graphOf(
      [...nodes, { key: 'p:ana', label: 'Ana Lima' }],
      [
        { type: 'WORKS_FOR', source: 'p:galeotti', target: 'o:mayak' },
        { type: 'MENTIONED_WITH', source: 'o:rvc', target: 'o:legion' },
      ],
    );
    const gold = goldOf(
      [...entities, ana, entity('ghost', ['Nobody Found'])],
      [
        relation('ghost', 'LEADS', 'mayak'),
        relation('galeotti', 'LEADS', 'mayak'),
        relation('legion', 'ALLIED_WITH', 'rvc'),
        relation('ana', 'MEMBER_OF', 'rvc', { evidence: 'Ana Lima joined the RVC.' }),
        relation('ana', 'MEMBER_OF', 'legion', { evidence: 'She joined it too.' }),
      ],
    );
    const { perDoc, summary } = scoreGraph(graph, [gold]);
    expect(perDoc[0].rMissedWhy).toEqual([
      'end not found',
      'wrong type',
      'not typed',
      'apart, gold sentence names both',
      'apart, across sentences',
    ]);
    expect(summary.missedBy['not typed']).toBe(1);
  });

  it('leaves optional relations out of precision and recall, found or not', () => {
    const graph = graphOf(nodes, [
      { type: 'WORKS_FOR', source: 'p:galeotti', target: 'o:mayak' },
      { type: 'LEADS', source: 'p:galeotti', target: 'o:mayak' },
    ]);
    const gold = goldOf(entities, [
      relation('galeotti', 'LEADS', 'mayak'),
      relation('galeotti', 'WORKS_FOR', 'mayak', { optional: true }),
      relation('rvc', 'ALLIED_WITH', 'legion', { optional: true }),
    ]);
    const { perDoc, summary } = scoreGraph(graph, [gold]);
    expect(perDoc[0]).toMatchObject({ rGold: 1, rFound: 1, rPred: 1, rPredOk: 1, rMissed: [] });
    expect(summary.relation.f1).toBe(1);
  });

  it('matches a relation through a conflated end to either gold entity', () => {
    const graph = graphOf(
      [
        { key: 'p:galeotti', label: 'Galeotti' },
        { key: 'o:groups', label: 'Legion', aliases: ['Legion', 'RVC'], type: 'Organization' },
      ],
      [{ type: 'MEMBER_OF', source: 'p:galeotti', target: 'o:groups' }],
    );
    const gold = goldOf(entities, [
      relation('galeotti', 'MEMBER_OF', 'rvc'),
      relation('galeotti', 'MEMBER_OF', 'legion'),
    ]);
    expect(scoreGraph(graph, [gold]).summary.relation).toEqual({ recall: 1, pairRecall: 1, precision: 1, f1: 1 });
  });

  it('scores a relation in the documents its evidence comes from, and ignores co-occurrence', () => {
    const graph = graphOf(
      nodes.map((n) => ({ ...n, documents: ['a.txt', 'b.txt'] })),
      [
        { type: 'LEADS', source: 'p:galeotti', target: 'o:mayak', evidence: [['b.txt', 'Galeotti runs Mayak.']] },
        { type: 'MENTIONED_WITH', source: 'p:galeotti', target: 'o:rvc' },
      ],
    );
    const leads = relation('galeotti', 'LEADS', 'mayak');
    const { perDoc } = scoreGraph(graph, [goldOf(entities, [leads], 'a.txt'), goldOf(entities, [leads], 'b.txt')]);
    expect(perDoc.map((d) => [d.rFound, d.rPred])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('evidence', () => {
  const nodes = [
    { key: 'p:galeotti', label: 'Galeotti' },
    { key: 'o:mayak', label: 'Mayak Intelligence', type: 'Organization' as const },
  ];
  const graph = graphOf(nodes, [
    {
      type: 'LEADS',
      source: 'p:galeotti',
      target: 'o:mayak',
      evidence: [
        ['a.txt', 'Galeotti runs Mayak Intelligence.'],
        ['a.txt', 'Galeotti, who heads Mayak.'],
      ],
    },
  ]);
  const gold = [goldOf([galeotti, mayak], [relation('galeotti', 'LEADS', 'mayak')])];

  it('is the share of evidence sentences found verbatim in the document', () => {
    const texts = new Map([['a.txt', 'Mark Galeotti, who heads Mayak. Galeotti runs Mayak Intelligence.']]);
    expect(scoreGraph(graph, gold, texts).summary.evidenceVerbatim).toBe(1);
    const edited = new Map([['a.txt', 'Galeotti runs Mayak Intelligence. He said so.']]);
    expect(scoreGraph(graph, gold, edited).summary.evidenceVerbatim).toBe(0.5);
  });

  it('is null without the documents', () => expect(scoreGraph(graph, gold).summary.evidenceVerbatim).toBeNull());
});

it('scores an empty graph as zero, not as a division by zero', () => {
  const { summary } = scoreGraph(graphOf([]), [goldOf([galeotti], [relation('galeotti', 'LEADS', 'galeotti')])]);
  expect(summary.entity).toEqual({ recall: 0, precision: 0, typedRecall: 0, f1: 0 });
  expect(summary.relation).toEqual({ recall: 0, pairRecall: 0, precision: 0, f1: 0 });
});
