// Pure logic of the page around the graph: the URL that reproduces a view, query results,
// text segments for the reader, query history, graph loading checks and size scales.
import { describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../src/model/api.ts';
import { cellText, describeValue, selectionFromResult } from '../../src/explorer/core/cypherResult.ts';
import { defaultFilters } from '../../src/explorer/core/filters.ts';
import { GraphLoadError, graphUrl, parseGraph } from '../../src/explorer/core/loadGraph.ts';
import { sizeScale } from '../../src/explorer/core/metrics.ts';
import { isolateNodes, pinNode, FULL_SCENE } from '../../src/explorer/core/scene.ts';
import { documentMentions, segmentText } from '../../src/explorer/core/textSegments.ts';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  type ViewState,
} from '../../src/explorer/core/urlState.ts';
import { addToHistory, loadHistory } from '../../src/explorer/console/queryHistory.ts';
import { seedGraph } from './graphs.ts';

const isMetric = (id: string) => ['mentions', 'degree', 'pagerank'].includes(id);

describe('URL state', () => {
  it('leaves everything at its default out of the link', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });

  it('round-trips selection, filters, appearance, scene, pins, path, document, query and camera', () => {
    const view: ViewState = {
      ...defaultViewState(),
      node: 'person:kapustin',
      filters: {
        ...defaultFilters(),
        entityTypes: new Set(['Person', 'Organization']),
        edgeTypes: new Set(['LEADS', 'MENTIONED_WITH']),
        minDocuments: 2,
      },
      size: 'pagerank',
      colour: 'community',
      labelDensity: 1.8,
      scene: pinNode(
        isolateNodes(FULL_SCENE, ['person:kapustin', 'organization:russian-volunteer-corps']),
        'person:kapustin',
        { x: 1.5, y: -2 },
      ),
      path: { from: 'person:kapustin', to: 'location:kyiv' },
      document: '000_a.txt',
      query: 'MATCH (n) RETURN n LIMIT 5',
      camera: { x: 0.5, y: 0.25, ratio: 0.75 },
    };
    const back = decodeViewState(encodeViewState(view), isMetric);
    expect(back).toEqual(view);
  });

  it.each([
    ['types=Person,Robot', (v: ViewState) => [...v.filters.entityTypes], ['Person']],
    ['rels=LEADS,DROP_TABLE', (v: ViewState) => [...v.filters.edgeTypes], ['LEADS']],
    ['mindocs=-3', (v: ViewState) => v.filters.minDocuments, 1],
    ['size=evil', (v: ViewState) => v.size, 'mentions'],
    ['colour=red', (v: ViewState) => v.colour, 'type'],
    ['cam=1,2,0', (v: ViewState) => v.camera, null],
    ['pin=a@x,1|b@1,2', (v: ViewState) => [...v.scene.pinned.keys()], ['b']],
    ['path=only-one', (v: ViewState) => v.path, null],
    ['labels=99', (v: ViewState) => v.labelDensity, 0.6],
    ['labels=x', (v: ViewState) => v.labelDensity, 0.6],
    ['labels=1.4', (v: ViewState) => v.labelDensity, 1.4],
  ])('drops what is not valid in %s', (fragment, read, expected) => {
    expect(read(decodeViewState(`#${fragment}`, isMetric))).toEqual(expected);
  });
});

describe('query results', () => {
  const seed = seedGraph();
  const kapustin = { id: 'person:kapustin', labels: ['Entity', 'Person'], properties: { name: 'Kapustin' } };
  const rvc = {
    id: 'organization:russian-volunteer-corps',
    labels: ['Organization'],
    properties: { name: 'Russian Volunteer Corps' },
  };
  const leads = { id: '17', type: 'LEADS', source: kapustin.id, target: rvc.id, properties: {} };

  it('finds result nodes and relationships in the loaded graph, and counts the others', () => {
    const result: Pick<CypherResponse, 'graph'> = {
      graph: { nodes: [kapustin, rvc, { id: 'doc:1', labels: ['Document'], properties: {} }], edges: [leads] },
    };
    const selection = selectionFromResult(seed, result);
    expect([...selection.nodes].sort()).toEqual([rvc.id, kapustin.id].sort());
    expect([...selection.edges]).toEqual(['LEADS:person:kapustin->organization:russian-volunteer-corps']);
    expect(selection.otherNodes).toBe(1);
  });

  it.each([
    [null, 'null'],
    [42, '42'],
    ['text <b>', 'text <b>'],
    [kapustin, '(Kapustin)'],
    [leads, '-[:LEADS]->'],
    [{ nodes: [kapustin, rvc], relationships: [leads] }, '(Kapustin)-[:LEADS]->(Russian Volunteer Corps)'],
    [[1, 'a'], '[1, a]'],
    [{ count: 3 }, '{count: 3}'],
  ])('reads %j as %s', (value, text) => {
    expect(cellText(describeValue(value))).toBe(text);
  });
});

describe('reader text segments', () => {
  it('cuts text at mentions and at the focused sentence, keeping every character', () => {
    const text = 'Kapustin leads the RVC. Putin is in Moscow.';
    const mentions = [
      { start: 0, end: 8, entity: 'k' },
      { start: 19, end: 22, entity: 'r' },
      { start: 24, end: 29, entity: 'p' },
    ];
    const segments = segmentText(text, mentions, { start: 0, end: 23 });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.entity).map((s) => [s.text, s.entity, s.focused])).toEqual([
      ['Kapustin', 'k', true],
      ['RVC', 'r', true],
      ['Putin', 'p', false],
    ]);
  });

  it('reads the mentions of the seed documents without overlaps', () => {
    const [doc] = seedGraph().getAttribute('documents');
    const mentions = documentMentions(doc!);
    expect(mentions.length).toBeGreaterThan(20);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
});

describe('query history', () => {
  it('keeps the newest first, without repeats, and survives bad storage', () => {
    expect(addToHistory(['b', 'a'], ' a ')).toEqual(['a', 'b']);
    expect(addToHistory(['a'], '   ')).toEqual(['a']);
    expect(addToHistory(['x', 'y', 'z'], 'w', 3)).toEqual(['w', 'x', 'y']);
    expect(loadHistory({ getItem: () => '{not json' })).toEqual([]);
    expect(loadHistory({ getItem: () => '["q", 3]' })).toEqual(['q']);
  });
});

describe('loading graph.json', () => {
  it('refuses what is not a knowledge graph, naming the problem and the fix', () => {
    expect(() => parseGraph({ nodes: [] }, 'g.json')).toThrow(GraphLoadError);
    expect(() =>
      parseGraph({ nodes: [{ key: 'a', attributes: { label: 'A', type: 'Robot', x: 0, y: 0 } }], edges: [] }, 'g.json'),
    ).toThrow(/node 0 \(a\) has type "Robot".*npm run extract/);
  });

  it('loads from ?graph= on the same site only', () => {
    const location = { search: '?graph=/bench-10k.json', href: 'http://h/app/index.html', origin: 'http://h' };
    expect(graphUrl(location)).toBe('http://h/bench-10k.json');
    expect(graphUrl({ ...location, search: '' })).toBe('http://h/app/graph.json');
    expect(() => graphUrl({ ...location, search: '?graph=https://evil.example/g.json' })).toThrow(/on this site/);
  });
});

describe('size scale', () => {
  it('maps values by square root between the smallest and largest size', () => {
    const scale = sizeScale(
      new Map([
        ['a', 0],
        ['b', 25],
        ['c', 100],
      ]),
      10,
    );
    expect(scale('a')).toBe(4);
    expect(scale('c')).toBe(22);
    expect(scale('b')).toBeCloseTo(4 + 18 * 0.5);
  });
});
