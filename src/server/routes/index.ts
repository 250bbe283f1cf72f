// The API's routes, in one list.
import type { Route } from '../context.ts';
import { curationActionRoute, curationStatusRoute } from './curation.ts';
import { cypherRoute } from './cypher.ts';
import { discrepanciesRoute } from './discrepancies.ts';
import { entityRoute } from './entity.ts';
import { queriesRoute, statusRoute } from './info.ts';
import { pathRoute } from './path.ts';
import { schemaRoute } from './schema.ts';
import { searchRoute } from './search.ts';

export const API_ROUTES: Route[] = [
  cypherRoute,
  schemaRoute,
  entityRoute,
  pathRoute,
  searchRoute,
  queriesRoute,
  statusRoute,
  curationStatusRoute,
  curationActionRoute,
  discrepanciesRoute,
];
