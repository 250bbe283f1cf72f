// The YAML front matter block that opens many Markdown files: read for metadata, then left out of the text.
import { dateOfValue } from './dates.ts';
import { NOTHING_STATED, type StatedMeta } from './metadata.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// Only flat `key: value` lines are read; nested YAML holds nothing this stage uses.
const ENTRY = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** The metadata a front matter block states, and the Markdown after it. */
export function splitFrontMatter(markdown: string): { stated: StatedMeta; body: string } {
  const block = FRONT_MATTER.exec(markdown);
  if (!block) return { stated: NOTHING_STATED, body: markdown };
  const fields = new Map<string, string>();
  for (const line of block[1]!.split('\n')) {
    const entry = ENTRY.exec(line);
    const value = entry && unquote(entry[2]!.trim());
    if (entry && value) fields.set(entry[1]!.toLowerCase(), value);
  }
  const date = fields.get('date') ?? fields.get('published');
  return {
    stated: {
      title: fields.get('title') ?? null,
      source: fields.get('source') ?? fields.get('publisher') ?? null,
      published: date ? dateOfValue(date) : null,
      author: fields.get('author') ?? null,
    },
    body: markdown.slice(block[0].length),
  };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return (quoted ? quoted[2]! : value).trim();
}
