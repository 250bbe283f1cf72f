// Cross-document resolution: what is merged, what is only suggested, and what curation changes.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { buildGraph } from '../../src/graph/buildGraph.ts';
import { EMPTY_CURATION, type Curation } from '../../src/model/curation.ts';

const doc = (id: string, text: string) =>
  extractDocument({ id, title: '', source: null, published: null, words: 0, sha256: id, text });

function graphOf(texts: string[], curation: Curation = EMPTY_CURATION) {
  return buildGraph(
    texts.map((t, i) => doc(`${i}.txt`, t)),
    curation,
  ).graph;
}
const labels = (texts: string[], curation?: Curation) =>
  graphOf(texts, curation)
    .mapNodes((_n, a) => a.label)
    .sort();

describe('resolution across documents', () => {
  it('merges a surname spelled two ways, with the same given name, and lists the merge for review', () => {
    const graph = graphOf(['Andriy Yosov told NBC News.', 'Andriy Yusov told NBC News.']);
    const people = graph.filterNodes((_n, a) => a.type === 'Person');
    expect(people).toHaveLength(1);
    expect(graph.getNodeAttribute(people[0], 'aliases')).toEqual(['Andriy Yosov', 'Andriy Yusov']);
    expect(graph.getAttribute('reviews')).toContainEqual(
      expect.objectContaining({ reason: 'name spelled differently', applied: true }),
    );
  });

  it.each([
    ['Oleksii Reznikov said the aid had come.', 'Oleksiy Reznikov told reporters.'],
    ['Dmytro Kuleba met his counterpart.', 'Dmitry Kuleba spoke in Kyiv.'],
    ['Volodymyr Zelenskyy addressed parliament.', 'Volodymyr Zelenskiy thanked the allies.'],
  ])('joins transliteration variants of one person: %s / %s', (a, b) => {
    expect(graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === 'Person')).toHaveLength(1);
  });

  it.each([
    ['Maria Rossi said the vote was fair.', 'Mario Rossi said the vote was not fair.'],
    ['Andriy Yosov told NBC News.', 'Andriy Popov told NBC News.'],
  ])('keeps apart names that are no variants of one another: %s / %s', (a, b) => {
    expect(graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === 'Person')).toHaveLength(2);
  });

  it.each([
    [
      'Talbot Communications Inc agreed to buy the network.',
      'The firm Talbot said the deal would close.',
      'Talbot Communications Inc',
    ],
    ['The Revolutionary Guards Corps fired missiles.', 'The Revolutionary Guard Corps denied it.', null],
    ['The IRGC Quds Force armed the group.', 'Sanctions hit the IRGC-QF on Monday.', 'IRGC Quds Force'],
    ['The Social Democratic Party won.', 'The Social Democrats formed a government.', 'Social Democratic Party'],
    ['Brenner NV bought the brewery.', 'The Brenner Group said it would grow.', null],
    ['Walt Disney Co. sold the channel.', 'Disney said it would grow.', 'Disney'],
  ])('joins an organization named two ways in two documents: %s / %s', (a, b, label) => {
    const organizations = graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === 'Organization');
    expect(organizations).toHaveLength(1);
    if (label) expect(graphOf([a, b]).getNodeAttribute(organizations[0], 'label')).toBe(label);
  });

  it.each([
    ['Troops shelled villages in Idleb on Monday.', 'Fighting spread across Idlib province last week.'],
    ['Rebels moved into Hasakah on Monday.', 'Rebels moved into Hasakeh on Monday.'],
  ])('joins a place spelled with one vowel changed in two documents: %s / %s', (a, b) => {
    expect(graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === 'Location')).toHaveLength(1);
  });

  it.each([
    // Under five letters one vowel tells two places apart; two letters changed is no spelling variant.
    ['Troops moved into Gaza on Monday.', 'Tourists flocked to Giza on Monday.'],
    ['Rebels moved into Marab on Monday.', 'Rebels moved into Murib on Monday.'],
  ])('keeps apart places that are no spelling variants: %s / %s', (a, b) => {
    expect(graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === 'Location')).toHaveLength(2);
  });

  it('joins a name of several words that two documents type two ways, as most of its mentions type it', () => {
    const graph = graphOf([
      'Troops moved into Vila Nova Kestra on Monday. Shelling hit villages near Vila Nova Kestra.',
      'Vila Nova Kestra said the talks had failed.',
    ]);
    const holders = graph.filterNodes((_n, a) => a.label === 'Vila Nova Kestra');
    expect(holders.map((n) => graph.getNodeAttribute(n, 'type'))).toEqual(['Location']);
  });

  it('keeps apart a one-word name that two documents type two ways', () => {
    const graph = graphOf(['Troops moved into Kestra on Monday.', 'Kestra said the talks had failed.']);
    expect(graph.filterNodes((_n, a) => a.label === 'Kestra')).toHaveLength(2);
  });

  it('suggests, without making, a merge of a company and the same name with a country', () => {
    const graph = graphOf([
      'The telecoms firm Norcel said profits rose.',
      'The telecoms firm Norcel Zimbabwe said profits rose.',
    ]);
    expect(graph.filterNodes((_n, a) => a.type === 'Organization')).toHaveLength(2);
    expect(graph.getAttribute('reviews')).toContainEqual(
      expect.objectContaining({ reason: 'company name without its country', applied: false }),
    );
  });

  it('suggests nothing for a company beside a name of three words that ends with a country', () => {
    const graph = graphOf(['The telecoms firm Norcel said profits rose.', 'The firm Norcel Mobile Zimbabwe said so.']);
    expect(graph.getAttribute('reviews')).not.toContainEqual(
      expect.objectContaining({ reason: 'company name without its country' }),
    );
  });

  it('only suggests joining a place spelled one vowel off a known country', () => {
    const graph = graphOf(['Cocaine left Colombia by sea.', 'Cocaine from Columbia reached the port.']);
    expect(graph.filterNodes((_n, attrs) => attrs.type === 'Location')).toHaveLength(2);
    expect(graph.getAttribute('reviews')).toContainEqual(
      expect.objectContaining({ reason: 'place name spelled differently', applied: false }),
    );
  });

  it('leaves a short form that its own document finds ambiguous unmerged', () => {
    const graph = graphOf(['The Karan Group, founded by Raj Karan, grew fast. The empire of Karan shrank.']);
    const group = graph.filterNodes((_n, a) => a.label === 'Karan Group');
    expect(graph.getNodeAttribute(group[0], 'aliases')).toEqual(['Karan Group']);
  });

  it('keeps apart two companies that share a first word', () => {
    const found = labels([
      'Talbot Communications Inc raised prices.',
      'Talbot Mining Ltd lost a bid. Talbot Park is a place.',
    ]);
    expect(found.filter((l) => l.startsWith('Talbot') && l !== 'Talbot Park')).toHaveLength(2);
  });

  it('joins an institution named with and without its country across documents', () => {
    const found = labels([
      'The US Treasury Department imposed sanctions on Monday.',
      'The Treasury Department said the network funded the group.',
    ]);
    expect(found.filter((l) => l.includes('Treasury'))).toHaveLength(1);
  });

  it('merges reordered names and acronyms into one organization', () => {
    const found = labels([
      'The Freedom of Russia Legion crossed the border with the Russian Volunteer Corps.',
      'The Freedom Legion of Russia said RVC fighters took part.',
    ]);
    expect(found).toEqual(['Freedom of Russia Legion', 'Russian Volunteer Corps']);
  });

  it('keeps apart two organizations that two documents spell one acronym for', () => {
    const found = labels([
      'The Kavari National Army (KNA) took the town on Monday.',
      'The Korel National Army (KNA) shelled the port on Friday.',
    ]);
    expect(found.filter((l) => l.endsWith('National Army'))).toHaveLength(2);
  });

  it('joins a bare acronym of three letters to the one full name another document gives it, not one of two', () => {
    const text = 'The Vesta Liberation Front (VLF) took the town. The Vesta Alliance (VA) held the port.';
    expect(labels([text, 'VLF fighters and VA officials met on Monday.'])).toEqual([
      'VA',
      'Vesta Alliance',
      'Vesta Liberation Front',
    ]);
  });

  it.each([
    ['Fighting spread across Kavra state on Monday.', 'Rebels in Kavra shelled the port.', 'Location'],
    ['The Organised Crime Bureau raided the club.', 'The Organized Crime Bureau arrested six men.', 'Organization'],
  ])('joins one thing named two ways in two documents: %s / %s', (a, b, type) => {
    expect(graphOf([a, b]).filterNodes((_n, attrs) => attrs.type === type)).toHaveLength(1);
  });

  it('keeps different people with one surname apart', () => {
    expect(labels(['Michael Clarke said so.', 'Anna Clarke said so.'])).toEqual(['Anna Clarke', 'Michael Clarke']);
  });

  it('suggests but does not make a merge of an institution whose country another document names', () => {
    const graph = graphOf([
      'The Supreme Court of Russia banned the group.',
      'The Supreme Court heard the case on Monday.',
    ]);
    expect(graph.filterNodes((_n, a) => a.label.includes('Supreme Court'))).toHaveLength(2);
    expect(graph.getAttribute('reviews')).toContainEqual(expect.objectContaining({ applied: false, confidence: 0.5 }));
  });

  it('applies curation: separate, merge, rename, retype, ignore', () => {
    const texts = ['Andriy Yosov told NBC News.', 'Andriy Yusov told Reuters about Telegram.'];
    expect(labels(texts, { ...EMPTY_CURATION, separate: [['Andriy Yosov', 'Andriy Yusov']] })).toContain(
      'Andriy Yosov',
    );
    expect(labels(texts, { ...EMPTY_CURATION, separate: [['Andriy Yosov', 'Andriy Yusov']] })).toContain(
      'Andriy Yusov',
    );
    expect(
      labels(texts, { ...EMPTY_CURATION, merge: [['NBC News', 'Reuters']] }).filter(
        (l) => l === 'NBC News' || l === 'Reuters',
      ),
    ).toHaveLength(1);
    const curated = graphOf(texts, {
      ...EMPTY_CURATION,
      rename: { 'person:andriy-yosov': 'Andriy Yusov' },
      retype: { Telegram: 'Location' },
      ignore: ['Reuters'],
    });
    expect(curated.hasNode('person:andriy-yusov')).toBe(true);
    expect(curated.getNodeAttribute('person:andriy-yusov', 'aliases')).toContain('Andriy Yosov');
    expect(curated.hasNode('location:telegram')).toBe(true);
    expect(curated.filterNodes((_n, a) => a.label === 'Reuters')).toEqual([]);
    expect(curated.filterEdges((_e, a) => a.type === 'SPOKE_TO').map((e) => curated.target(e))).toEqual([
      'organization:nbc-news',
    ]);
  });

  it('marks a likeness merge that curation confirms: still listed, no longer to review', () => {
    const texts = ['Andriy Yosov told NBC News.', 'Andriy Yusov told NBC News.'];
    const review = (curation: Curation) =>
      graphOf(texts, curation)
        .getAttribute('reviews')
        .find((r) => r.reason === 'name spelled differently');
    expect(review(EMPTY_CURATION)?.confirmed).toBeUndefined();
    const entity = review(EMPTY_CURATION)!.entity;
    const alias = review(EMPTY_CURATION)!.alias;
    // By key or by any of the entity's names, the alias in any case.
    expect(review({ ...EMPTY_CURATION, confirm: [[entity, alias]] })?.confirmed).toBe(true);
    expect(review({ ...EMPTY_CURATION, confirm: [['andriy yosov', alias.toUpperCase()]] })?.confirmed).toBe(true);
    expect(review({ ...EMPTY_CURATION, confirm: [[entity, 'Someone Else']] })?.confirmed).toBeUndefined();
  });
});
