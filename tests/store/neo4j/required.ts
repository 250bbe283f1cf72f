// On CI (CI set, as CI services and .ci/run set it) a Neo4j test may not be skipped: a missing Neo4j fails the run.
export const NEO4J_REQUIRED = ['1', 'true'].includes((process.env.CI ?? '').toLowerCase());
