// The one import of @grafeo-db/js: it is CommonJS, so Node's ESM loader gives it as a default export.
import grafeo from '@grafeo-db/js';

export const { GrafeoDB } = grafeo;
export type GrafeoDatabase = InstanceType<typeof GrafeoDB>;
