// Markdown documents as plain readable text: blocks become paragraphs, markup is dropped, code is kept as text.
import { splitFrontMatter } from './frontMatter.ts';
import { inlineText } from './markdownInline.ts';
import type { StatedMeta } from './metadata.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|(\d{1,9}[.)]))[ \t]+(.*)$/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
// Two trailing spaces or a backslash end a line inside a paragraph (a hard line break).
const HARD_BREAK = /(?: {2,}|\\)$/;

/** The text of a Markdown document, paragraphs separated by blank lines, and what its front matter states. */
export function markdownToText(markdown: string): { text: string; stated: StatedMeta } {
  const { stated, body } = splitFrontMatter(markdown);
  const source = body.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let joinNext = false;
  let fence: string | null = null;
  const endParagraph = () => {
    if (lines.length > 0) paragraphs.push(lines.map((line) => inlineText(line).trim()).join('\n'));
    lines = [];
    joinNext = false;
  };

  for (const raw of source.split('\n')) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && raw.trim().replace(/[`~]/g, '') === '') {
        paragraphs.push(lines.join('\n'));
        lines = [];
        fence = null;
      } else lines.push(raw);
      continue;
    }
    const opening = FENCE.exec(raw);
    if (opening) {
      endParagraph();
      fence = opening[1]!;
      continue;
    }
    let line = raw;
    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '');
    // A setext underline makes the paragraph above it a heading: either way the paragraph ends there.
    if (line.trim() === '' || THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line)) {
      endParagraph();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      endParagraph();
      paragraphs.push(inlineText(heading[1] ?? '').trim());
      continue;
    }
    if (REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) continue;
    const item = LIST_ITEM.exec(line);
    const isTableRow = line.trim().startsWith('|');
    const hardBreak = HARD_BREAK.test(line);
    const content = lineContent(line, item).replace(/\\$/, '');
    // Soft-wrapped lines are one line of text; list items, table rows and hard breaks start new ones.
    if (joinNext && !item && lines.length > 0) lines[lines.length - 1] += ` ${content}`;
    else lines.push(content);
    joinNext = !hardBreak && !isTableRow;
  }
  if (fence !== null) paragraphs.push(lines.join('\n'));
  else endParagraph();
  return { text: paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n\n'), stated };
}

/** A line without its list marker (ordered lists keep their numbers) or the outer pipes of a table row. */
function lineContent(line: string, item: RegExpExecArray | null): string {
  if (item) return (item[1] ? `${item[1]} ` : '') + item[2]!.trim();
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').trim();
}
