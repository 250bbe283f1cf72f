// The discrepancy finder on constructed pairs of documents: quantities beyond rounding (and none within it),
// stances that flip, names per document; and number words read to values.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/graph/discrepancies.ts';
import { numberValue } from '../../src/graph/quantities.ts';
import type { SerializedKnowledgeGraph } from '../../src/model/graph.ts';

/** A graph of two or more documents; each entity is mentioned wherever one of its names occurs in a text. */
function graphOf(texts: string[], entities: Record<string, string[]>): SerializedKnowledgeGraph {
  const documents = texts.map((text, i) => {
    const mentions: Record<string, { start: number; end: number }[]> = {};
    for (const [key, names] of Object.entries(entities))
      for (const name of names)
        for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g')))
          (mentions[key] ??= []).push({ start: m.index, end: m.index + name.length });
    return { id: `d${i}.txt`, title: '', source: null, published: null, words: 0, sha256: '', text, mentions };
  });
  const nodes = Object.entries(entities).map(([key, names]) => ({
    key,
    attributes: {
      label: names[0],
      type: 'Organization' as const,
      aliases: names,
      documents: documents.map((d) => d.id),
      mentions: 1,
      x: 0,
      y: 0,
      size: 1,
    },
  }));
  return {
    attributes: { name: 't', documents, reviews: [] },
    nodes,
    edges: [],
    options: {},
  } as SerializedKnowledgeGraph;
}

const legion = { 'o:legion': ['Legion'], 'o:telegram': ['Telegram'], 'p:putin': ['Putin'], 'l:ukraine': ['Ukraine'] };

describe('discrepancies', () => {
  it.each([
    ['a quarter of a million', 250_000],
    ['25 million', 25_000_000],
    ['250k', 250_000],
    ['250,000', 250_000],
    ['two dozen', 24],
    ['half a million', 500_000],
    ['1.5bn', 1_500_000_000],
    ['three hundred thousand', 300_000],
  ])('reads "%s" as %d', (words, value) => expect(numberValue(words)).toBe(value));

  // Words that are names of Object.prototype members are words, not table entries.
  it.each(['constructor', 'toString', 'two constructor', 'valueOf million'])('reads "%s" as no number', (words) =>
    expect(numberValue(words)).toBeNull(),
  );

  it('reports the same entity and measure counted differently, with both sentences', () => {
    const graph = graphOf(
      [
        'The Legion has more than 25 million subscribers on Telegram.',
        'The Legion has over a quarter of a million subscribers on Telegram.',
      ],
      legion,
    );
    const [item, ...rest] = findDiscrepancies(graph);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ kind: 'quantity', measure: 'subscribers', entities: ['o:legion', 'o:telegram'] });
    expect(item.sides.map((s) => s.value)).toEqual(['25 million subscribers', 'a quarter of a million subscribers']);
    expect(item.sides[1].sentence).toBe('The Legion has over a quarter of a million subscribers on Telegram.');
  });

  it('finds no conflict in rounding, within one document, or between unrelated entities', () => {
    const agree = graphOf(
      ['The Legion has 250,000 subscribers.', 'The Legion has about a quarter of a million subscribers.'],
      legion,
    );
    expect(findDiscrepancies(agree)).toEqual([]);
    const unrelated = graphOf(['The Legion has 300 fighters.', 'Telegram has 900 fighters.'], legion);
    expect(findDiscrepancies(unrelated)).toEqual([]);
    const oneDocument = graphOf(['The Legion has 300 fighters. Later the Legion had 900 fighters.'], legion);
    expect(findDiscrepancies(oneDocument)).toEqual([]);
  });

  it('compares counts of people in an event only between documents of the same week about the same entities', () => {
    const places = { 'l:lebanon': ['Lebanon'], 'o:army': ['Army'] };
    const texts = [
      'Strikes by the Army killed 492 people in Lebanon.',
      'Strikes by the Army killed 35 people in Lebanon.',
    ];
    const dated = (dates: (string | null)[]) => {
      const graph = graphOf(texts, places);
      graph.attributes!.documents!.forEach((d, i) => (d.published = dates[i]));
      return findDiscrepancies(graph).filter((d) => d.kind === 'quantity');
    };
    expect(dated(['2024-09-23', '2024-09-25'])).toHaveLength(1);
    expect(dated(['2024-09-23', '2024-11-02'])).toEqual([]);
    expect(dated([null, null])).toEqual([]);
    // An entity's size is compared whatever the dates.
    const sizes = graphOf(['The Army has 2,000 fighters.', 'The Army has 9,000 fighters.'], places);
    expect(findDiscrepancies(sizes).filter((d) => d.kind === 'quantity')).toHaveLength(1);
  });

  it('reports "for Putin" against "against Putin" for the same holder', () => {
    const graph = graphOf(
      [
        'The Legion portrays itself as fighting for Ukraine and Putin.',
        'The Legion presents itself as fighting for Ukraine and against Putin.',
      ],
      legion,
    );
    const items = findDiscrepancies(graph);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'stance', entities: ['l:ukraine', 'o:legion', 'p:putin'] });
    expect(items[0].sides.map((s) => s.value)).toEqual(['for', 'against']);
  });

  it('reports a pair that SUPPORTS in one document and OPPOSES in another', () => {
    const graph = graphOf(['x', 'y'], legion);
    const edge = (type: 'SUPPORTS' | 'OPPOSES', document: string, text: string) => ({
      key: `${type}:o:legion->p:putin`,
      source: 'o:legion',
      target: 'p:putin',
      attributes: { type, weight: 1, evidence: [{ document, text, start: 0, end: 1, rule: 'test' }] },
    });
    graph.edges.push(
      edge('SUPPORTS', 'd0.txt', 'The Legion backs Putin.'),
      edge('OPPOSES', 'd1.txt', 'The Legion fights Putin.'),
    );
    const [item] = findDiscrepancies(graph);
    expect(item.sides).toEqual([
      { document: 'd0.txt', sentence: 'The Legion backs Putin.', start: 0, end: 1, value: 'SUPPORTS' },
      { document: 'd1.txt', sentence: 'The Legion fights Putin.', start: 0, end: 1, value: 'OPPOSES' },
    ]);
  });

  /** A graph whose person holds role relations in an organization, each stated by the sentence of one document. */
  function roleGraph(stated: [type: 'LEADS' | 'SPOKESPERSON_FOR' | 'MEMBER_OF', text: string][]) {
    const graph = graphOf(
      stated.map(([, text]) => text),
      { 'p:petrov': ['Ivan Petrov'], 'o:azov': ['Azov Brigade'] },
    );
    for (const [i, [type, text]] of stated.entries()) {
      const key = `${type}:p:petrov->o:azov`;
      const evidence = { document: `d${i}.txt`, text, start: 0, end: text.length, rule: 'role' };
      const edge = graph.edges.find((e) => e.key === key);
      if (edge) edge.attributes!.evidence.push(evidence);
      else
        graph.edges.push({
          key,
          source: 'p:petrov',
          target: 'o:azov',
          attributes: { type, weight: 1, evidence: [evidence] },
        });
    }
    return graph;
  }

  it('reports one person given different roles in an organization, with the role words and both sentences', () => {
    const graph = roleGraph([
      ['LEADS', 'Ivan Petrov, the commander of the Azov Brigade, spoke on Monday.'],
      ['SPOKESPERSON_FOR', 'Ivan Petrov, a spokesman for the Azov Brigade, spoke on Monday.'],
    ]);
    const roles = findDiscrepancies(graph).filter((d) => d.kind === 'roles');
    expect(roles).toHaveLength(1);
    expect(roles[0].entities).toEqual(['p:petrov', 'o:azov']);
    expect(roles[0].sides.map((s) => [s.document, s.value])).toEqual([
      ['d0.txt', 'commander'],
      ['d1.txt', 'spokesman'],
    ]);
    expect(roles[0].sides[1].sentence).toBe('Ivan Petrov, a spokesman for the Azov Brigade, spoke on Monday.');
  });

  it('finds no role conflict where the documents agree or one only says more', () => {
    const agree = roleGraph([
      ['LEADS', 'Ivan Petrov, the commander of the Azov Brigade, spoke.'],
      ['LEADS', 'Ivan Petrov, who leads the Azov Brigade, spoke.'],
    ]);
    expect(findDiscrepancies(agree).filter((d) => d.kind === 'roles')).toEqual([]);
    const more = roleGraph([
      ['MEMBER_OF', 'Ivan Petrov of the Azov Brigade spoke.'],
      ['MEMBER_OF', 'Ivan Petrov of the Azov Brigade spoke again.'],
      ['SPOKESPERSON_FOR', 'Ivan Petrov, a spokesman for the Azov Brigade, spoke.'],
    ]);
    // d2 gives him a role d0 and d1 do not, but they give him none that d2 leaves out.
    more.edges
      .find((e) => e.attributes!.type === 'MEMBER_OF')!
      .attributes!.evidence.push({
        document: 'd2.txt',
        text: 'Ivan Petrov, a spokesman for the Azov Brigade, spoke.',
        start: 0,
        end: 10,
        rule: 'person-of',
      });
    expect(findDiscrepancies(more).filter((d) => d.kind === 'roles')).toEqual([]);
  });
});

describe('discrepancies of the seeds', () => {
  it('shows the subscriber figures and the stance on Putin, each with both sentences', async () => {
    const { readGraphFile } = await import('../../src/store/load/readGraph.ts');
    const items = findDiscrepancies(await readGraphFile('graph-data/graph.json'));
    const subscribers = items.find((d) => d.kind === 'quantity' && d.measure === 'subscribers')!;
    expect(subscribers.sides.map((s) => s.value)).toEqual([
      '25 million subscribers',
      'a quarter of a million subscribers',
    ]);
    const stance = items.find((d) => d.kind === 'stance' && d.entities.includes('person:vladimir-putin'))!;
    expect(stance.sides.map((s) => s.value)).toEqual(['for', 'against']);
    expect(items.filter((d) => d.kind === 'quantity')).toHaveLength(1);
  });

  it("gives every side's sentence with offsets that hold it in its document's text", async () => {
    const { readGraphFile } = await import('../../src/store/load/readGraph.ts');
    const graph = await readGraphFile('graph-data/graph.json');
    const texts = new Map(graph.attributes!.documents.map((d) => [d.id, d.text]));
    const sides = findDiscrepancies(graph).flatMap((d) => d.sides);
    expect(sides.length).toBeGreaterThan(8);
    for (const side of sides) expect(texts.get(side.document)!.slice(side.start, side.end)).toBe(side.sentence);
  });
});
