// The Cypher editor: CodeMirror 6 with Neo4j's Cypher support (highlighting, schema-aware autocomplete, lint), and
// Ctrl/Cmd+Enter to run.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import type { SchemaResponse } from '../../model/api.ts';

export interface CypherEditor {
  value(): string;
  setValue(query: string): void;
  focus(): void;
  /** Marks a server-reported error at a character offset until the next edit. */
  markError(message: string, offset: number | undefined): void;
  setReadOnly(readOnly: boolean): void;
  onChange(listener: (query: string) => void): void;
  destroy(): void;
}

/** The schema in the editor's terms: labels, relationship types and property keys for autocomplete. */
export function editorSchema(schema: SchemaResponse) {
  return {
    labels: schema.labels.map((item) => `:${item.label}`),
    relationshipTypes: schema.relationshipTypes.map((item) => `:${item.type}`),
    propertyKeys: schema.propertyKeys,
  };
}

export function cypherEditor(
  parent: HTMLElement,
  options: { value: string; schema: SchemaResponse | null; onRun: () => void; readOnly: boolean },
): CypherEditor {
  const runKey = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRun(), true), preventDefault: true },
      { key: 'Shift-Enter', run: () => (options.onRun(), true), preventDefault: true },
    ]),
  );
  // The package's declarations say it returns the editor; it returns { editor } (checked in its es/codemirror.js).
  const { editor } = createCypherEditor(parent, {
    value: options.value,
    schema: options.schema ? editorSchema(options.schema) : undefined,
    lint: true,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    readOnly: options.readOnly,
    placeholder: 'MATCH (p:Person)-[r:LEADS]->(o) RETURN p, r, o   — Ctrl+Enter to run',
    preExtensions: [runKey],
  }) as unknown as { editor: EditorApi };
  const view = editor.codemirror;
  view.contentDOM.setAttribute('aria-label', 'Cypher query');

  return {
    value: () => view.state.doc.toString(),
    setValue: (query) => editor.setValue(query),
    focus: () => editor.focus(),
    markError(message, offset) {
      const length = view.state.doc.length;
      const from = Math.min(Math.max(0, offset ?? 0), length);
      const to = Math.min(length, from + 1);
      view.dispatch(setDiagnostics(view.state, [{ from, to: Math.max(to, from), severity: 'error', message }]));
    },
    setReadOnly: (readOnly) => editor.setReadOnly(readOnly),
    onChange: (listener) => void editor.onValueChanged((value) => listener(value)),
    destroy: () => editor.destroy(),
  };
}
