// Refusing input no article has the shape of before the expensive steps: Readability's time grows with the cube of
// the nesting depth (depth 1,000 took 28 s), parsing grows faster than the page, and recursive reading overflows the
// stack; a line the size of a book is one sentence to the extractor.

/** Browsers' HTML parsers stop nesting elements at this depth (Chromium's is 512); no real page comes near it. */
export const MAX_PAGE_DEPTH = 512;

/**
 * A long paragraph is a few thousand characters; a line of a million is generated data, and without full stops the
 * extractor reads it as one sentence, so it is refused rather than left to run into the time limit.
 */
export const MAX_LINE_CHARS = 1_000_000;

/** Elements that never hold others, and those a parser closes when the next one opens: neither nests. */
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta source track wbr ' + 'p li dt dd option tr td th tbody tfoot rt rp'
  ).split(' '),
);
/** Elements whose content is text, not markup, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_NAME = /<(\/?)([a-zA-Z][\w:-]*)/y;

/**
 * How deeply the markup's elements nest, read from the tags in one pass (every search moves forward, so a page of
 * unclosed `<` or comments costs no more than its length). Stops counting past `limit`.
 */
export function markupDepth(html: string, limit = MAX_PAGE_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let at = html.indexOf('<');
  while (at >= 0 && deepest <= limit) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break;
      at = html.indexOf('<', end + 3);
      continue;
    }
    TAG_NAME.lastIndex = at;
    const tag = TAG_NAME.exec(html);
    const close = html.indexOf('>', at);
    if (close < 0) break;
    if (!tag) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = tag[2]!.toLowerCase();
    if (tag[1]) depth = Math.max(0, depth - (NOT_NESTING.has(name) ? 0 : 1));
    else if (!NOT_NESTING.has(name) && html[close - 1] !== '/') deepest = Math.max(deepest, ++depth);
    // A script's text is skipped to its end tag, which the next round reads.
    at = !tag[1] && RAW_TEXT.has(name) ? endTagAt(html, name, close + 1) : html.indexOf('<', close + 1);
  }
  return deepest;
}

function endTagAt(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}`, 'gi');
  end.lastIndex = from;
  return end.exec(html)?.index ?? -1;
}

/** The 1-based number and length of the text's longest line. */
export function longestLine(text: string): { line: number; length: number } {
  const longest = { line: 1, length: 0 };
  for (let start = 0, line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > longest.length) Object.assign(longest, { line, length: stop - start });
    start = stop + 1;
  }
  return longest;
}
