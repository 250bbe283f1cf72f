// Removing what surrounds the article in a scraped page, line by line, so the graph is built from the story alone.
import { type BoilerplateRule, boilerplateRules } from './boilerplateRules.ts';

interface Line {
  text: string;
  paragraph: number;
}

/** Longer lines after a "More stories" heading are article text, not other stories' headlines. */
const MAX_HEADLINE_WORDS = 25;

/** The text without boilerplate lines; paragraphs that are left are joined by one blank line. */
export function removeBoilerplate(text: string): string {
  const lines = cutLinkList(splitLines(text)).filter((line) => !matchesAny(line.text, 'anywhere'));
  let start = 0;
  let end = lines.length;
  while (start < end && matchesAny(lines[start]!.text, 'top')) start++;
  while (end > start && matchesAny(lines[end - 1]!.text, 'bottom')) end--;
  return joinParagraphs(lines.slice(start, end));
}

function matchesAny(line: string, where: BoilerplateRule['where'], rules = boilerplateRules): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/).length;
  return rules.some((rule) => rule.where === where && words <= rule.maxWords && rule.pattern.test(trimmed));
}

/** Drops a trailing "More stories" heading and what follows it, when that is only headlines and boilerplate. */
function cutLinkList(lines: Line[]): Line[] {
  const headings = boilerplateRules.filter((rule) => rule.endsArticle);
  for (let i = 1; i < lines.length; i++) {
    if (!matchesAny(lines[i]!.text, 'anywhere', headings)) continue;
    const rest = lines.slice(i + 1);
    if (rest.every((line) => isHeadline(line.text) || matchesAny(line.text, 'anywhere'))) return lines.slice(0, i);
  }
  return lines;
}

/** A short line that does not end like a sentence: another story's headline rather than article text. */
function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.split(/\s+/).length <= MAX_HEADLINE_WORDS && !/[.!,;:"”’']$/.test(trimmed);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let paragraph = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') paragraph++;
    else lines.push({ text: line, paragraph });
  }
  return lines;
}

function joinParagraphs(lines: Line[]): string {
  const paragraphs: string[][] = [];
  let current = -1;
  for (const line of lines) {
    if (line.paragraph !== current) paragraphs.push([]);
    current = line.paragraph;
    paragraphs.at(-1)!.push(line.text);
  }
  return paragraphs.map((paragraph) => paragraph.join('\n')).join('\n\n');
}
