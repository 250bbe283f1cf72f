// The loader's side of the embedded store: the new generation's file, opened for writing in this process.
import type { Row, StoreWriter } from '../store.ts';
import { grafeoQueryError } from './errors.ts';
import { GrafeoDB, type GrafeoDatabase } from './grafeo.ts';

/**
 * `where` names the store in messages (the folder, not the generation's file). A `fresh` database is built in
 * memory and saved to `file` on close: without the write-ahead log a full load of 100,000 entities and 500,000
 * relations took about 35% less time here. An existing one is opened in place, as its changes are usually few.
 */
export function openGrafeoWriter(file: string, where = file, fresh = false): StoreWriter {
  const db: GrafeoDatabase = fresh ? GrafeoDB.create() : GrafeoDB.create(file);
  return {
    kind: 'grafeo',
    describe: () => `Grafeo ${db.version()} (embedded) in ${where}`,
    async run(statement, params = {}) {
      try {
        const result = await db.executeCypher(statement, params);
        // Grafeo settles a write's promise before the event loop turns: without a turn per statement, a load would
        // hold off timers, output and signals (a progress bar, Ctrl-C) until its end.
        await new Promise(setImmediate);
        return result.toArray() as Row[];
      } catch (error) {
        throw grafeoQueryError(error as Error, statement);
      }
    },
    async close() {
      // Saving (fresh) or closing (checkpointing the write-ahead log) leaves a file that stands alone.
      if (fresh) db.save(file);
      db.close();
    },
  };
}
