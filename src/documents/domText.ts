// The readable text of a DOM tree: block elements become paragraphs, <br> a line break, scripts and styles nothing.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);
/** Elements whose content is never article text: code, styling, embedded objects and form controls. */
const SILENT = new Set(
  'script style noscript template svg canvas iframe object embed head button select option textarea input'.split(' '),
);
const CELLS = new Set(['td', 'th']);

/** Paragraphs of the text under `root`, separated by blank lines. */
export function domText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const lines = current.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
    const paragraph = lines.filter((line) => line !== '').join('\n');
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: Node, preformatted: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      // Source line breaks are layout, not text, except inside <pre>.
      current += preformatted ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SILENT.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    for (const child of Array.from(element.childNodes)) visit(child, preformatted || tag === 'pre');
    if (block) endParagraph();
    else if (CELLS.has(tag)) current += ' ';
  };
  visit(root, false);
  endParagraph();
  return paragraphs.join('\n\n');
}
