// What a web page states about itself in <meta> tags, JSON-LD and <time>, read before Readability edits the page.
import { dateOfValue } from './dates.ts';
import type { StatedMeta } from './metadata.ts';

const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];
const SOURCE_META = ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]'];
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

const MAX_LINKED_DATA_DEPTH = 16;

/** Title (from Open Graph or Twitter tags), outlet and publication date as the page's meta data states them. */
export function statedByPage(document: Document): StatedMeta {
  const linkedData = linkedDataOf(document);
  // A <time> in the article rather than one in a list of other stories.
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const date = firstContent(document, DATE_META) ?? linkedData.published ?? time?.getAttribute('datetime') ?? null;
  return {
    title: firstContent(document, TITLE_META),
    source: firstContent(document, SOURCE_META) ?? linkedData.publisher,
    published: date ? dateOfValue(date) : null,
  };
}

function firstContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** `datePublished` and `publisher.name` from schema.org JSON-LD blocks, searched through arrays and `@graph`. */
function linkedDataOf(document: Document): { published: string | null; publisher: string | null } {
  const found = { published: null as string | null, publisher: null as string | null };
  // Schema.org data nests a few levels; a bound keeps a hostile block of nested arrays from overflowing the stack.
  const visit = (value: unknown, depth = 0): void => {
    if (depth > MAX_LINKED_DATA_DEPTH) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    if (typeof node.datePublished === 'string') found.published ??= node.datePublished;
    const publisher = node.publisher as Record<string, unknown> | undefined;
    if (typeof publisher?.name === 'string') found.publisher ??= publisher.name;
    visit(node['@graph'], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages often carry broken JSON-LD; the other metadata sources still apply, so the block is just skipped.
    }
  }
  return found;
}
