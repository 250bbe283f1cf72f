// Markdown inside a line (links, images, emphasis, code, inline HTML) turned into the words a reader sees.

const CODE_SPAN = /(`+)([\s\S]*?)\1/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
// Escaped characters are parked in the private use area so emphasis and link patterns do not see them.
const PARKED = 0xe000;

/** Plain text of one line (or soft-wrapped paragraph) of Markdown. */
export function inlineText(markdown: string): string {
  const parked = markdown.replace(ESCAPED, (_, char: string) => String.fromCharCode(PARKED + char.charCodeAt(0)));
  let text = '';
  let last = 0;
  for (const span of parked.matchAll(CODE_SPAN)) {
    text += stripMarkup(parked.slice(last, span.index)) + span[2]!.trim();
    last = span.index + span[0].length;
  }
  text += stripMarkup(parked.slice(last));
  return decodeEntities(text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARKED)));
}

function stripMarkup(markdown: string): string {
  return (
    markdown
      .replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|ftp):[^>\s]+)>/gi, '$1')
      .replace(/<(?:mailto:)?([^>\s@]+@[^>\s]+)>/gi, '$1')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
      // Underscores inside words (snake_case) are not emphasis.
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
      // Dropped images and tags leave their surrounding spaces behind.
      .replace(/[ \t]{2,}/g, ' ')
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
