// The parameters sent with every query, as a JSON map the user edits (Neo4j Browser's :params), with the $names the
// query uses and which of them are not set yet.
import { parameterNames, parseParams, type ParamsText } from '../core/queryParams.ts';
import { h, replace } from '../ui/dom.ts';

export interface ParamsEditor {
  element: HTMLElement;
  text(): string;
  setText(text: string): void;
  parsed(): ParamsText;
  /** Says which `$names` the query uses and which the map lacks. */
  check(query: string): void;
}

export function paramsEditor(onInput: (text: string) => void): ParamsEditor {
  const input = h('textarea', {
    className: 'params-input',
    id: 'console-params',
    placeholder: '{"id": "person:kapustin"}   or type  :param id => \'person:kapustin\'  in the editor',
    attrs: { 'aria-label': 'Query parameters (JSON)', 'data-gramm': 'false' },
  });
  input.spellcheck = false;
  const used = h('span', { className: 'params-used', attrs: { 'aria-live': 'polite' } });
  let query = '';
  const fit = () => (input.rows = Math.min(6, Math.max(1, input.value.split('\n').length)));
  const check = (next: string) => {
    query = next;
    const names = parameterNames(query);
    const parsed = parseParams(input.value);
    input.toggleAttribute('aria-invalid', !parsed.ok);
    if (!parsed.ok) return replace(used, h('span', { className: 'params-missing' }, parsed.message));
    const missing = names.filter((name) => !(name in parsed.params));
    replace(
      used,
      names.length ? `Uses ${names.map((n) => `$${n}`).join(', ')}` : null,
      missing.length
        ? h('span', { className: 'params-missing' }, ` · not set: ${missing.map((n) => `$${n}`).join(', ')}`)
        : null,
    );
  };
  input.addEventListener('input', () => {
    fit();
    onInput(input.value);
    check(query);
  });
  const element = h(
    'div',
    { className: 'console-params' },
    h('label', { htmlFor: 'console-params', className: 'params-label' }, 'Parameters'),
    input,
    used,
  );
  return {
    element,
    text: () => input.value,
    setText(text) {
      if (input.value === text) return;
      input.value = text;
      fit();
      check(query);
    },
    parsed: () => parseParams(input.value),
    check,
  };
}
