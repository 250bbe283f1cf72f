// The nodes a result's relationships end at that its rows lack, read in the query process right after the query,
// so the server need not send a second statement for them.
import { NODES_BY_ELEMENT_ID } from '../cypher/read.ts';
import type { GrafeoDatabase } from './grafeo.ts';
import type { WireEncoder } from './values.ts';

/**
 * Adds them to the encoder, read by one statement. Its rows come as arrays (`rows()`), not a map per row, which the
 * binding builds more slowly: for the 210 or so endpoints of a 2-hop neighbourhood at 100,000 entities 5.4-8.0 ms
 * against 6.4-13.2 (in one process, interleaved, load average 15-17).
 */
export async function readEndpoints(database: GrafeoDatabase, encoder: WireEncoder): Promise<void> {
  const missing = encoder.missingEndpoints();
  if (!missing.length) return;
  const result = await database.executeCypher(NODES_BY_ELEMENT_ID.grafeo, { ids: missing });
  for (const [id, labels, properties] of result.rows()) encoder.addEndpoint(id, labels, properties);
}
