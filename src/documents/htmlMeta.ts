// What a web page states about itself in <meta> tags, JSON-LD and <time>, read before Readability edits the page.
import { dateOfValue } from './dates.ts';
import type { StatedMeta } from './metadata.ts';

const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]'];
const SOURCE_META = ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]'];
const AUTHOR_META = [
  'meta[name="author"]',
  'meta[name="byl"]',
  'meta[name="parsely-author"]',
  'meta[name="sailthru.author"]',
];
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

/** Title (from Open Graph or Twitter tags), outlet, publication date and author as the page's meta data states them. */
export function statedByPage(document: Document): StatedMeta {
  const linkedData = linkedDataOf(document);
  // A <time> in the article rather than one in a list of other stories.
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const date = firstContent(document, DATE_META) ?? linkedData.published ?? time?.getAttribute('datetime') ?? null;
  return {
    title: firstContent(document, TITLE_META),
    source: firstContent(document, SOURCE_META) ?? linkedData.publisher,
    published: date ? dateOfValue(date) : null,
    // "article:author" and many author tags hold the author's page address, which names no one.
    author: [firstContent(document, AUTHOR_META), linkedData.author].find((a) => a && !/^https?:/i.test(a)) ?? null,
  };
}

function firstContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** `datePublished`, `publisher.name` and `author.name` from schema.org JSON-LD blocks, searched through arrays and `@graph`. */
function linkedDataOf(document: Document): {
  published: string | null;
  publisher: string | null;
  author: string | null;
} {
  const found = { published: null as string | null, publisher: null as string | null, author: null as string | null };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    if (typeof node.datePublished === 'string') found.published ??= node.datePublished;
    const publisher = node.publisher as Record<string, unknown> | undefined;
    if (typeof publisher?.name === 'string') found.publisher ??= publisher.name;
    const authors = ([] as unknown[]).concat(node.author ?? []) as Record<string, unknown>[];
    const names = authors.map((a) => a?.name).filter((name): name is string => typeof name === 'string');
    if (names.length) found.author ??= names.join(' and ');
    visit(node['@graph']);
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
