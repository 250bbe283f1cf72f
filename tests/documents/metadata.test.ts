import { describe, expect, it } from 'vitest';
import { dateOfLine, dateOfValue } from '../../src/documents/dates.ts';
import { documentTitle, publishedOfText, sourceOfText, wordCount } from '../../src/documents/metadata.ts';

describe('dateOfLine', () => {
  it.each([
    ['25 May 2023 02:02', '2023-05-25'],
    ['25 May 2023', '2023-05-25'],
    ['May 25, 2023', '2023-05-25'],
    ['Thursday, May 25, 2023 10:15 AM', '2023-05-25'],
    ['Sept. 3, 2022 | 4:15 p.m. EDT', '2022-09-03'],
    ['25 May 2023, 02:02 GMT+3', '2023-05-25'],
    ['Published: 25 May 2023', '2023-05-25'],
    ['Posted on March 3rd, 2021', '2021-03-03'],
    ['2023-05-25', '2023-05-25'],
    ['2023-05-25T02:02:00Z', '2023-05-25'],
  ])('reads %j as %s', (line, date) => {
    expect(dateOfLine(line)).toBe(date);
  });

  it.each([
    'The raid began on May 25, 2023',
    'May 2023',
    '31 April 2023',
    '2023-13-01',
    'Updated May 25, 2023',
    '25/05/2023',
    '12 May 1066',
  ])('finds no date line in %j', (line) => {
    expect(dateOfLine(line)).toBeNull();
  });
});

describe('dateOfValue', () => {
  it.each([
    // The publisher's calendar day, not the UTC one.
    ['2023-05-25T23:30:00-04:00', '2023-05-25'],
    ['Thu, 25 May 2023 02:02:00 GMT', '2023-05-25'],
    ['May 25, 2023', '2023-05-25'],
    ['soon', null],
  ])('reads %j as %s', (value, date) => {
    expect(dateOfValue(value)).toBe(date);
  });
});

describe('publishedOfText', () => {
  it('takes the first line that is only a date', () => {
    const text = 'Headline\n\nOn May 24, 2023 fighters crossed.\n\n25 May 2023 02:02\n\nMay 26, 2023';
    expect(publishedOfText(text)).toBe('2023-05-25');
  });
});

describe('sourceOfText', () => {
  it.each([
    ['Source: Reuters', 'Reuters'],
    ['Via: Associated Press', 'Associated Press'],
    ['Originally published by The Kyiv Independent.', 'The Kyiv Independent'],
    ['Source: reuters.com', 'Reuters'],
    ['LONDON (Reuters) - Russia said on Tuesday it had repelled an attack.', 'Reuters'],
    ['KYIV, Ukraine (AP) — Fighters crossed the border.', 'AP'],
    ['(CNN)Russia said on Tuesday it had repelled an attack.', 'CNN'],
    ['www.nbcnews.com', 'NBC News'],
    ['https://www.theguardian.com/', 'The Guardian'],
  ])('finds the outlet in %j', (line, outlet) => {
    expect(sourceOfText(`Headline\n\n${line}\n\nMore text follows here.`)).toBe(outlet);
  });

  it.each([
    'Mark Galeotti, who runs Russia-focused consultancy Mayak Intelligence, told NBC News.',
    'Alexei Baranovsky told Reuters the incursion was the first step.',
    'nbcnews Gt',
    'example-news.com',
    'Source: Getty Images',
    'Source: a person familiar with the matter said the talks had stalled',
    'Kapustin (pictured) - the commander',
  ])('names no outlet for %j', (line) => {
    expect(sourceOfText(`Headline\n\n${line}\n\nMore text follows here.`)).toBeNull();
  });
});

describe('documentTitle', () => {
  it('prefers a stated title', () => {
    expect(documentTitle('  Stated title ', 'First line\nSecond')).toBe('Stated title');
  });

  it('uses the first non-empty line, trimmed', () => {
    expect(documentTitle(null, '\n   Who are the groups?  \n\nBody')).toBe('Who are the groups?');
  });

  it('shortens a first line that is a whole paragraph at a word boundary', () => {
    const title = documentTitle(null, 'word '.repeat(100));
    expect(title.length).toBeLessThanOrEqual(161);
    expect(title).toMatch(/^(word )+word…$/);
  });
});

describe('wordCount', () => {
  it.each([
    ['Putin’s neo-Nazi critics, 25 of them.', 6],
    ['“We are Russians, just like you,” he said.', 8],
    ['U.S. armored vehicles', 3],
    ['— – …', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });
});
