import { describe, expect, it } from 'vitest';
import { dateOfLine, dateOfValue } from '../../src/documents/dates.ts';
import { authorOfText, documentTitle, publishedOfText, sourceOfText, wordCount } from '../../src/documents/metadata.ts';

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
    ['Tuesday, 12 March 2024', '2024-03-12'],
    ['Posted 26 Jun 2023', '2023-06-26'],
    ['Published 3:45 PM EST, Mon May 22, 2023', '2023-05-22'],
    ['First published on Thu 25 May 2023 02.02 BST', '2023-05-25'],
    // Scraped pages run the labelled date line into the headline.
    ['date 2023-11-01 They Scammed Wall Street. Now They Want Out', '2023-11-01'],
    ['Published: May 25, 2023 | Updated: May 26, 2023', '2023-05-25'],
    ['• November 5, 2024', '2024-11-05'],
    ['| 16 May 2017 - 05:26', '2017-05-16'],
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
    // A date in the body is when something happened, not when the story was published.
    'On Monday, Feb. 11, 2019, officers escorted a suspect off an airplane.',
    'Fighting broke out on 15 April 2023 between the army and the RSF.',
    'This was published 10 years ago',
    'Posted , updated',
    'KYIV, March 12 (Reuters) - Russia said on Tuesday it had repelled an attack.',
    '• Talks resumed on November 5, 2024',
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

  it.each([
    ['https://news.example.org/2024/02/06/ships-targeted-in-red-sea/', '2024-02-06'],
    ['example.com/world/2023/11/30/story.html', '2023-11-30'],
    ['Read it at https://news.example.org/2024/02/06/ships/ today', null],
    ['https://example.org/2024/13/06/story/', null],
  ])('reads the date in the address line %j as %s', (line, date) => {
    expect(publishedOfText(`Headline\n\nThe ships were hit on Tuesday.\n\n${line}`)).toBe(date);
  });

  it('takes an update stamp only where the page gives no other date', () => {
    expect(publishedOfText('Headline\n\nUpdated: 2014-07-31 15:35\n\nThe ships were hit.')).toBe('2014-07-31');
  });

  it("takes the story's date line under the headline over a masthead's date of the day above it", () => {
    const page = 'Thursday, November 26, 2015\n\nPort deal collapses\n\nJane Doe\n\nFriday, January 21, 2011\n\nText.';
    expect(publishedOfText(page)).toBe('2011-01-21');
    // A date that opens the page with no other date line close under the headline is the page's.
    expect(publishedOfText('May 3, 2024\n\nPort deal collapses\n\nText.\n\nMore text.\n\nRelated\n\nMay 1, 2024')).toBe(
      '2024-05-03',
    );
    expect(publishedOfText('Headline\n\nLast updated May 3, 2024\n\nPublished 1 May 2024\n\nText.')).toBe('2024-05-01');
    expect(publishedOfText('Headline\n\nThe file was updated on May 3, 2024 by the clerk.')).toBeNull();
  });
});

describe('authorOfText', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By JANE DOE', 'Jane Doe'],
    ['By Jane Doe and John Roe, CNN', 'Jane Doe and John Roe'],
    ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
    ['By Jane Doe/The Associated Press', 'Jane Doe'],
    ['By Ahmed al-Masri | Al Jazeera', 'Ahmed al-Masri'],
    ['Written by Maria de la Cruz', 'Maria de la Cruz'],
    ['(Reporting by Jane Doe in Kyiv; Editing by John Roe)', 'Jane Doe'],
    ['By the way, the talks went on until Friday.', null],
    ['By continuing to browse our site you agree to our use of cookies.', null],
    ['By Tuesday Evening', null],
    ['By 2030 the city will have doubled its budget.', null],
    ["By Jane Doe's own account, the talks failed.", null],
    ['By Jane Doe, who was there, the talks were called historic', null],
    ['Jane Doe said the talks had failed.', null],
  ])('reads the byline %j as %s', (line, author) => {
    expect(authorOfText(`Headline\n\n${line}\n\nThe talks went on until Friday.`)).toBe(author);
  });
});

describe('sourceOfText', () => {
  it.each([
    ['Source: Reuters', 'Reuters'],
    ['Via: Associated Press', 'Associated Press'],
    ['Originally published by The Kyiv Independent.', 'The Kyiv Independent'],
    ['Source: reuters.com', 'Reuters'],
    ['LONDON (Reuters) - Russia said on Tuesday it had repelled an attack.', 'Reuters'],
    ['KYIV, Ukraine (AP) — Fighters crossed the border.', 'Associated Press'],
    ['Kuala Lumpur (VNA)\n– The opposition alliance has won the general election.', 'Vietnam News Agency'],
    ['(Bloomberg) -- US prosecutors described him as a con man.', 'Bloomberg'],
    ['REUTERS: Rogers said it agreed to buy rival Shaw.', 'Reuters'],
    ['SOURCE:AA', 'Anadolu Agency'],
    ['RIVERTON, Examplestan — (AP) — Fighters crossed the border.', 'Associated Press'],
    ['date 2024-07-16 RIVERTON, Examplestan — (AP) — Fighters crossed the border.', 'Associated Press'],
    ['Hong Kong, Apr 30 (EFE).- The police arrested 225 people.', 'EFE'],
    ['By Jane Doe and John Roe, CNN', 'CNN'],
    ['By Jane Doe/The Associated Press', 'Associated Press'],
    ['© 2024 The Guardian', 'The Guardian'],
    ['Copyright 2023 The Associated Press. All rights reserved.', 'Associated Press'],
    ['Click here to read the full report, posted on media.guardian.co.uk.', 'The Guardian'],
    ['https://www.aljazeera.com/news/2024/3/12/story', 'Al Jazeera'],
    ['BBC News', 'BBC News'],
    ['Al Jazeera', 'Al Jazeera'],
    ['(CNN)Russia said on Tuesday it had repelled an attack.', 'CNN'],
    ['www.nbcnews.com', 'NBC News'],
    ['https://www.theguardian.com/', 'The Guardian'],
    ['LONDON, March 10. /TASS/. The government expanded its sanctions on Thursday.', 'TASS'],
    ['(Source: Bloomberg News, Jan. 11, 2010;\nWall Street Journal,\nJan. 11, 2010.)', 'Bloomberg'],
    ['Source: Reuters, AP', 'Reuters'],
    ['This was the biggest operation yet against the rebel holdouts. ― AFP', 'Agence France-Presse'],
    ['Источник: Port Wire', 'Port Wire'],
    ['Fuente: EFE', 'EFE'],
    ['New Delhi, Nov 18 (PTI) Riverton Global has completed the purchase.', 'Press Trust of India'],
    ['[PORTWIRE] Lawyers for the former governor filed notice on Tuesday.', 'PORTWIRE'],
    ['Reuters | Riverton | Updated: 18-04-2022 04:57 IST', 'Reuters'],
    ['Riverton, Examplestan | AFP | The veteran leader was named the candidate.', 'Agence France-Presse'],
    ['Associated Press Writer', 'Associated Press'],
    ['The company began buying shares early last year, as oil prices were rising. AP', 'Associated Press'],
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
    'WASHINGTON: The United States on Tuesday imposed sanctions.',
    'A general view of the White House in Washington, U.S., October 2, 2021. — Reuters/ File',
    '© 2024 Getty Images',
    'The ruling was published in the Official Gazette on Monday.',
    'By Jane Doe, Staff Writer',
    'The minister (AP) said the talks failed.',
    // Pages cite other outlets' reporting so: not their own outlet.
    'The coalition won 27 percent of the vote, Reuters reported.',
    'Kapustin (pictured) - Commander',
    'Reuters reported last year that the deal had stalled.',
    'The minister (PTI) Said nothing.',
    'Riverton | Examplestan | Business',
    'Portwire Staff Writer',
    'The talks went on with the union, said the head of the ILO',
    'Shares of the company rose in early trade. CEO',
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

  it("leaves out a scraped page's date label, and a line that is only the label", () => {
    expect(documentTitle(null, 'date 2023-11-01 They Scam Investors\n\nBody')).toBe('They Scam Investors');
    expect(documentTitle(null, 'date 2024-02-27\nAnalysis of the vote\n\nBody')).toBe('Analysis of the vote');
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
