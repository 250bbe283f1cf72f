// Building DOM without HTML strings: every name, sentence and document text comes from untrusted documents, so it
// only ever becomes a text node. Nothing in the explorer assigns innerHTML.

type Leaf = Node | string | number | null | undefined | false;
/** A list as long as the data (table rows, path hops) is passed as one child, never spread into arguments. */
type Child = Leaf | readonly Child[];

export interface ElementProps {
  className?: string;
  id?: string;
  title?: string;
  role?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  disabled?: boolean;
  hidden?: boolean;
  tabIndex?: number;
  htmlFor?: string;
  /** aria-* and data-* attributes, by their full names. */
  attrs?: Record<string, string | number | boolean>;
  style?: Partial<Record<'color' | 'background' | 'borderColor' | 'width' | 'height' | 'left' | 'top', string>>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/** `h('button', { className: 'x' }, 'Label')`: strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { attrs, style, on, className, htmlFor, ...plain } = props;
  if (className) element.className = className;
  if (htmlFor) element.setAttribute('for', htmlFor);
  for (const [name, value] of Object.entries(plain)) {
    if (value !== undefined) (element as unknown as Record<string, unknown>)[name] = value;
  }
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (!/^(aria|data)-[a-z-]+$/.test(name)) throw new Error(`h(): only aria-* and data-* attributes, got ${name}`);
    element.setAttribute(name, String(value));
  }
  if (style) Object.assign(element.style, style);
  for (const [event, listener] of Object.entries(on ?? {})) element.addEventListener(event, listener as EventListener);
  appendChildren(element, children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  appendChildren(parent, children);
}

function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) appendChildren(parent, child);
    else appendLeaf(parent, child as Leaf);
  }
}

function appendLeaf(parent: Node, leaf: Leaf): void {
  if (leaf === null || leaf === undefined || leaf === false) return;
  parent.appendChild(typeof leaf === 'object' ? leaf : document.createTextNode(String(leaf)));
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  appendChildren(parent, children);
}

/** A small round swatch for legends and type badges. */
export function swatch(colour: string, shape: 'dot' | 'line' = 'dot'): HTMLSpanElement {
  return h('span', {
    className: `swatch swatch-${shape}`,
    style: { background: colour },
    attrs: { 'aria-hidden': true },
  });
}

/** A collapsible section of a side panel. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { className: 'panel-section' }, h('h3', {}, title), children);
}

/** Offers a text file for download (exports). */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { attrs: { 'data-download': fileName } });
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const plural = (n: number, word: string, many = `${word}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? word : many}`;

/** A part of the page and what it listens to: main.ts kills every panel it mounts (the explorer's kill()). */
export interface Panel {
  element: HTMLElement;
  kill(): void;
}

/** A panel whose element leaves the page and whose subscriptions stop on kill(). */
export function panel(element: HTMLElement, ...unsubscribe: (() => void)[]): Panel {
  return {
    element,
    kill() {
      unsubscribe.forEach((off) => off());
      element.remove();
    },
  };
}
