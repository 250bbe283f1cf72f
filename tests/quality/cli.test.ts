// npm run score as a user runs it: the report, the JSON, the bars and their exit codes, and bad input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, tempDir } from '../pipeline/helpers.ts';
import { entity, goldOf, graphOf, relation } from './graphs.ts';

const score = (args: string[]) => runScript('score.ts', args);

/** A set folder (documents/ + gold/) and a graph that finds one of its two entities and its relation. */
function smallSet({ withDocuments = true } = {}) {
  const dir = tempDir('kg-score-');
  mkdirSync(join(dir, 'gold'));
  const gold = goldOf(
    [
      entity('galeotti', ['Mark Galeotti', 'Galeotti']),
      entity('mayak', ['Mayak Intelligence'], { type: 'Organization' }),
    ],
    [relation('galeotti', 'LEADS', 'mayak', { evidence: 'Galeotti runs Mayak Intelligence' })],
  );
  writeFileSync(join(dir, 'gold/a.txt.gold.json'), JSON.stringify(gold));
  if (withDocuments) {
    mkdirSync(join(dir, 'documents'));
    writeFileSync(join(dir, 'documents/a.txt'), 'Galeotti runs Mayak Intelligence.');
  }
  const graph = graphOf(
    [
      { key: 'p:galeotti', label: 'Galeotti' },
      { key: 'o:mayak', label: 'Mayak', type: 'Organization' },
    ],
    [
      {
        type: 'LEADS',
        source: 'p:galeotti',
        target: 'o:mayak',
        evidence: [['a.txt', 'Galeotti runs Mayak Intelligence.']],
      },
    ],
  );
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
  return { graph: join(dir, 'graph.json'), gold: join(dir, 'gold') };
}

describe('npm run score', () => {
  it('prints what each document found and missed, then the summary line, reading the documents beside the gold', () => {
    const { graph, gold } = smallSet();
    const run = score(['--graph', graph, '--gold', gold]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      '',
      '## a.txt',
      'entities: found 1/2, typed 1, correct 1/2 extracted',
      '  missed: Mayak Intelligence',
      '  not in gold: Mayak (Organization)',
      'relations: found 0/1 (pair 0), correct 0/1 extracted',
      '  missed: galeotti LEADS mayak (end not found)',
      '  not in gold: Galeotti LEADS Mayak',
      '',
      'relations missed 1: end not found 1',
      'entity P 50.0% R 50.0% F1 50.0% typed-R 50.0% | relation P 0.0% R 0.0% F1 0.0% pair-R 0.0% | ' +
        'splits 0+0 conflations 0 evidence 100.0%',
      '',
    ]);
  });

  it('leaves evidence unchecked without the documents', () => {
    const { graph, gold } = smallSet({ withDocuments: false });
    const run = score(['--graph', graph, '--gold', gold]);
    expect(run.stdout).toMatch(/evidence -\n$/);
  });

  it('gives the summary, per-document detail and splits as JSON', () => {
    const { graph, gold } = smallSet();
    const report = JSON.parse(score(['--graph', graph, '--gold', gold, '--json']).stdout);
    expect(Object.keys(report)).toEqual(['summary', 'perDoc', 'corpusSplits']);
    expect(report.summary).toEqual({
      documents: 1,
      entity: { recall: 0.5, precision: 0.5, typedRecall: 0.5, f1: 0.5 },
      relation: { recall: 0, pairRecall: 0, precision: 0, f1: 0 },
      splitsWithinDocuments: 0,
      conflations: 0,
      splitsAcrossCorpus: 0,
      evidenceVerbatim: 1,
      missedBy: {
        'end not found': 1,
        'wrong type': 0,
        'not typed': 0,
        'apart, gold sentence names both': 0,
        'apart, across sentences': 0,
      },
    });
  });

  it('exits 1 and says which bar was missed; 0 when every bar is met', () => {
    const { graph, gold } = smallSet();
    const missed = score(['--graph', graph, '--gold', gold, '--min-entity-f1', '0.6', '--min-relation-f1', '0']);
    expect(missed.status).toBe(1);
    expect(missed.stderr.trim()).toBe('bar missed: entity F1 50.0% is under 60.0%');
    const met = score(['--graph', graph, '--gold', gold, '--min-entity-f1', '0.5', '--max-splits', '0']);
    expect(met.status).toBe(0);
  });

  it.each([
    [['--min-entity-f1', '95'], '--min-entity-f1 must be a number from 0 to 1, got "95"'],
    [['--max-splits=-1'], '--max-splits must be a whole number ≥ 0'],
    [['--min-f1', '0.9'], 'unknown option --min-f1'],
    [['--gold', '/nonexistent/gold'], '/nonexistent/gold: cannot read the gold folder'],
    [['--graph', '/nonexistent/graph.json'], '/nonexistent/graph.json does not exist'],
  ])('stops with exit 2 and a message on %j', (args, message) => {
    const { graph, gold } = smallSet();
    const run = score(['--graph', graph, '--gold', gold, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('    at ');
  });

  it('scores the committed graph against the seeds’ annotations with no flags', () => {
    const run = score(['--json']);
    expect(run.status, run.stderr).toBe(0);
    const { summary } = JSON.parse(run.stdout);
    expect(summary.documents).toBe(2);
    expect(summary.evidenceVerbatim).not.toBeNull();
  });
});
