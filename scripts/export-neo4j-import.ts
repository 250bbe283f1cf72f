// npm run export:neo4j-import -- --output <dir>: graph.json -> CSV + header files for neo4j-admin database import.
import { join } from 'node:path';
import { parseFlags } from '../src/cli/flags.ts';
import { runMain } from '../src/cli/runMain.ts';
import { writeFileAtomic } from '../src/pipeline/atomicWrite.ts';
import { importCommand, neo4jImportFiles } from '../src/store/export/neo4jImport.ts';
import { readGraphFile } from '../src/store/load/readGraph.ts';

const HELP = `Usage: npm run export:neo4j-import -- [--input graph-data/graph.json] [--output graph-data/neo4j-import]

Writes the graph as the CSV and header files that neo4j-admin database import full reads (documents,
entities, claims, relations, mentions, and the claims' SAID, ABOUT and CONTAINS), then prints the command to run on the Neo4j server, which must be stopped
(or the database offline). The same properties as npm run load writes: a load afterwards writes nothing.`;

runMain(async () => {
  const flags = parseFlags(HELP, {
    input: { type: 'string', default: 'graph-data/graph.json' },
    output: { type: 'string', default: 'graph-data/neo4j-import' },
    database: { type: 'string', default: 'neo4j' },
  });
  if (!flags) return 0;
  const { values } = flags;
  const files = neo4jImportFiles(await readGraphFile(values.input));
  for (const file of files) await writeFileAtomic(join(values.output, file.name), file.text);
  console.log(`wrote ${files.length} files to ${values.output}; import them with:\n`);
  console.log(importCommand(values.output, values.database));
  return 0;
});
