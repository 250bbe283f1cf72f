// Document text is untrusted: the explorer builds DOM with text nodes only. This guards against an HTML sink slipping
// in (the browser test with a hostile document checks the behaviour; this checks the code).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EXPLORER = fileURLToPath(new URL('../../src/explorer', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the explorer source', () => {
  it.each([
    ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*[+]?=/],
    ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
    ['document.write', /document\.write(ln)?\s*\(/],
    ['createContextualFragment', /createContextualFragment\s*\(/],
    ['srcdoc', /\.srcdoc\s*=/],
    ['eval or new Function', /\beval\s*\(|new Function\s*\(/],
  ])('has no %s', (_name, pattern) => {
    const offenders = sources(EXPLORER).filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
