// The example queries beside the editor, one click each: the click loads the query with its parameters and runs it.
import { parseExampleQueries, type ExampleQuery } from '../../model/exampleQuery.ts';
import { h, replace } from '../ui/dom.ts';

// The .cypher files beside the graph, bundled at build time for static hosting; with the server, the console lists
// what /api/queries answers instead, so `serve --queries DIR` needs no rebuild.
export const BUNDLED_EXAMPLES: ExampleQuery[] = parseExampleQueries(
  import.meta.glob<string>('/graph-data/queries/*.cypher', { query: '?raw', import: 'default', eager: true }),
);

export interface ExamplesList {
  element: HTMLElement;
  show(examples: readonly ExampleQuery[]): void;
}

export function examplesList(onPick: (example: ExampleQuery) => void): ExamplesList {
  const element = h('nav', { className: 'console-examples', attrs: { 'aria-label': 'Example queries' } });
  const show = (examples: readonly ExampleQuery[]) =>
    replace(
      element,
      h('h3', {}, `Examples (${examples.length})`),
      examples.length === 0 ? h('p', { className: 'hint' }, 'No .cypher files in the queries folder.') : null,
      h(
        'ul',
        {},
        ...examples.map((example) => {
          const params = Object.keys(example.params);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'example',
                title: [example.description, example.query].filter(Boolean).join('\n\n'),
                attrs: { 'data-example': example.id },
                on: { click: () => onPick(example) },
              },
              example.title,
              params.length ? h('span', { className: 'example-params' }, params.map((p) => `$${p}`).join(' ')) : null,
            ),
          );
        }),
      ),
    );
  show(BUNDLED_EXAMPLES);
  return { element, show };
}
