// The example queries beside the editor, one click each: the click loads the query and runs it.
import { parseExamples, type ExampleQuery } from '../core/examples.ts';
import { h } from '../ui/dom.ts';

// The .cypher files beside the graph, bundled at build time so they work on a static host too.
export const EXAMPLES: ExampleQuery[] = parseExamples(
  import.meta.glob<string>('/graph-data/queries/*.cypher', { query: '?raw', import: 'default', eager: true }),
);

export function examplesList(examples: readonly ExampleQuery[], onPick: (example: ExampleQuery) => void): HTMLElement {
  return h(
    'nav',
    { className: 'console-examples', attrs: { 'aria-label': 'Example queries' } },
    h('h3', {}, `Examples (${examples.length})`),
    examples.length === 0 ? h('p', { className: 'hint' }, 'No .cypher files in graph-data/queries/.') : null,
    h(
      'ul',
      {},
      ...examples.map((example) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'example',
              title: example.query,
              attrs: { 'data-example': example.id },
              on: { click: () => onPick(example) },
            },
            example.title,
          ),
        ),
      ),
    ),
  );
}
