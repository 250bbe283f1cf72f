// npm run discrepancies -- [--graph graph-data/graph.json] [--json]: where the documents disagree.
import { parseArgs } from 'node:util';
import { runMain } from '../src/cli/runMain.ts';
import { findDiscrepancies } from '../src/graph/discrepancies.ts';
import { readGraphFile } from '../src/store/load/readGraph.ts';

const HELP = `Usage: npm run discrepancies -- [--graph graph-data/graph.json] [--json]

Lists what the documents of a graph state differently: the same entity and measure counted differently
beyond rounding ("25 million" against "a quarter of a million" subscribers; 250,000 and "a quarter of a
million" agree), a stance that flips between documents (SUPPORTS or ALLIED_WITH against OPPOSES, "for X"
against "against X"), an entity named differently per document, and a person given different roles in
an organization ("commander" in one, "spokesman" in another). Each with every side's document, sentence
(and its offsets) and value; --json prints the list.`;

runMain(async () => {
  const { values } = parseArgs({
    options: {
      graph: { type: 'string', default: 'graph-data/graph.json' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const graph = await readGraphFile(values.graph);
  const items = findDiscrepancies(graph);
  if (values.json) {
    console.log(JSON.stringify(items, null, 2));
    return 0;
  }
  const label = new Map(graph.nodes.map((n) => [n.key, n.attributes!.label]));
  for (const item of items) {
    const about = item.entities.map((e) => label.get(e) ?? e).join(', ');
    console.log(`\n${item.kind}${item.measure ? ` (${item.measure})` : ''}: ${about}`);
    for (const side of item.sides) console.log(`  ${side.document}: ${side.value}\n    “${side.sentence}”`);
  }
  console.log(`\n${items.length} discrepancies`);
  return 0;
});
