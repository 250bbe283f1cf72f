// How deeply a page's markup nests, read from its tags before any parsing, and the longest line of a text.
import { describe, expect, it } from 'vitest';
import { longestLine, markupDepth, MAX_PAGE_DEPTH } from '../../src/documents/shapeLimits.ts';

describe('markupDepth', () => {
  it.each([
    ['an article page', '<html><body><article><h1>Raid</h1><p>The <b>Legion</b> said.</p></article></body></html>', 4],
    ['void and self-closed elements', '<div><img src="a.jpg"><br><input/><span/></div>', 1],
    ['paragraphs and items a parser closes itself', '<div><p>one<p>two<ul><li>a<li>b</ul></div>', 2],
    ['tags inside comments and scripts', '<div><!-- <div><div> --><script>"<div><div>"</script></div>', 2],
    ['a script never closed', '<div><script>let a = "<div><div><div>";', 2],
    ['stray < in text', '<p>1 < 2 and 3 > 2</p>', 0],
    ['unclosed < to the end', `<div>${'<a'.repeat(1000)}`, 1],
    ['100,000 nested divs, counted only past the limit', `${'<div>'.repeat(100_000)}x`, MAX_PAGE_DEPTH + 1],
  ])('%s', (_what, html, depth) => {
    expect(markupDepth(html)).toBe(depth);
  });

  it('reads a megabyte of unterminated comments without going back over them', () => {
    // Each opener searched from its own position would be quadratic; searched once, this returns at once.
    expect(markupDepth(`<div>${'<!--'.repeat(250_000)}`)).toBe(1);
  });
});

describe('longestLine', () => {
  it.each([
    ['', { line: 1, length: 0 }],
    ['a\nbbb\ncc', { line: 2, length: 3 }],
    ['a\n\nlast line', { line: 3, length: 9 }],
  ])('%j', (text, longest) => {
    expect(longestLine(text)).toEqual(longest);
  });
});
