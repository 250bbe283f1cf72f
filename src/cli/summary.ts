// The closing summary of an extraction run, as lines of text.
import type { InputProblem } from '../model/errors.ts';
import type { KnowledgeGraph } from '../model/graph.ts';
import type { PipelineStats } from '../pipeline/runPipeline.ts';

const countBy = (values: string[]): string =>
  [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || 'none';

export function summaryLines(
  graph: KnowledgeGraph,
  stats: PipelineStats,
  problems: InputProblem[],
  output: string,
): string[] {
  const seconds = (stats.timings.total / 1000).toFixed(2);
  const reviews = graph.getAttribute('reviews');
  return [
    `documents: ${stats.documents} read (${stats.cached} from cache), ${problems.length} with problems, ${stats.words.toLocaleString('en')} words`,
    `entities: ${graph.order} (${countBy(graph.mapNodes((_n, a) => a.type))})`,
    `relations: ${stats.relations} (${countBy(graph.filterEdges((_e, a) => a.type !== 'MENTIONED_WITH').map((e) => graph.getEdgeAttribute(e, 'type')))})`,
    `co-occurrence edges: ${graph.size - stats.relations}`,
    `merges to review: ${reviews.filter((r) => r.confidence < 1 && !r.confirmed).length}`,
    `time: ${seconds}s (read ${ms(stats.timings.read)}, extract ${ms(stats.timings.extract)}, resolve ${ms(stats.timings.resolve)}, build ${ms(stats.timings.build)}, layout ${ms(stats.timings.layout)})`,
    `written: ${output}`,
  ];
}

const ms = (v: number) => `${Math.round(v)}ms`;
