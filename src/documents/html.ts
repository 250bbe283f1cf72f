// HTML pages as plain text: Readability finds the article, then its DOM (never the markup as a string) becomes text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { domText } from './domText.ts';
import { statedByPage } from './htmlMeta.ts';
import type { StatedMeta } from './metadata.ts';

/** Page furniture removed before Readability looks, so it cannot be mistaken for part of the article. */
const CHROME = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="banner"], [role="dialog"]';
const CONSENT = /\b(?:cookie|consent|gdpr)/i;
const MAX_BANNER_CHARS = 1000;
/** What the fallback reads when Readability finds no article: the page's headings and paragraphs. */
const FALLBACK_BLOCKS = 'h1, h2, h3, h4, h5, h6, p';

/** The article text of an HTML page, and the title, outlet and date the page states. */
export function htmlToText(html: string): { text: string; stated: StatedMeta } {
  const document = parsePage(html);
  const stated = statedByPage(document);
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  for (const element of Array.from(document.querySelectorAll('div, section, p, [role="alertdialog"]'))) {
    if (isConsentBanner(element)) element.remove();
  }
  const fallback = fallbackText(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const headline = headlineOf(document, [stated.title, pageTitle]);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const text = (article?.content ? domText(article.content) : '') || fallback;
  // The headline and Readability's title are the <title> without the site name that pages append to it.
  const title = stated.title ?? headline ?? (article?.title?.trim() || pageTitle);
  // Readability drops the headline as a copy of the title; the text keeps it, as plain text documents do.
  const withHeadline = headline && !text.startsWith(headline) ? `${headline}\n\n${text}` : text;
  return { text: withHeadline, stated: { ...stated, title } };
}

/**
 * The page's <h1> that is its headline: one that the title tags repeat, allowing for a site name added to them.
 * A logo can be an <h1> too, and its text is in the <title> as well, but as a small part of it.
 */
function headlineOf(document: Document, titles: (string | null)[]): string | null {
  const known = titles.filter((title): title is string => Boolean(title)).map(comparable);
  for (const heading of Array.from(document.querySelectorAll('h1'))) {
    const text = domText(heading);
    const key = comparable(text);
    if (key && known.some((title) => repeats(title, key))) return text;
  }
  return null;
}

function repeats(title: string, heading: string): boolean {
  const [shorter, longer] = title.length < heading.length ? [title, heading] : [heading, title];
  return longer.includes(shorter) && shorter.length >= longer.length / 2;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A cookie or consent banner: named so by its id or class, and short (a page-wide wrapper may carry such a class). */
function isConsentBanner(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return CONSENT.test(names) && (element.textContent ?? '').length < MAX_BANNER_CHARS;
}

function parsePage(html: string): Document {
  // linkedom builds no <html> element for a fragment, and Readability needs one.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document;
}

/** Text of the headings and paragraphs outside any other block of them, read before Readability edits the page. */
function fallbackText(document: Document): string {
  const outermost: Element[] = [];
  // Walked without recursion, and without looking inside a block found: linear however the page nests.
  const stack: Element[] = [document.documentElement];
  while (stack.length) {
    const element = stack.pop()!;
    if (element.matches(FALLBACK_BLOCKS)) outermost.push(element);
    else for (const child of Array.from(element.children).reverse()) stack.push(child);
  }
  return outermost
    .map((block) => domText(block))
    .filter((text) => text !== '')
    .join('\n\n');
}
