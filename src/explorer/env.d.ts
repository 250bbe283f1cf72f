// Types the browser build needs: Vite's client (import.meta.glob, ?raw, CSS imports), and the Cypher editor's
// declarations, which its package ships but does not list in its "exports" map.
/// <reference types="vite/client" />

declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}
