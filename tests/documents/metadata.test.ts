import { describe, expect, it } from 'vitest';
import { dateInLine, dateOfLine, dateOfUpdatedLine, dateOfValue } from '../../src/documents/dates.ts';
import { authorOfText, documentTitle, publishedOfText, sourceOfText } from '../../src/documents/metadata.ts';
import { wordCount } from '../../src/documents/words.ts';

describe('dateOfLine', () => {
  it.each([
    ['25 May 2023 02:02', '2023-05-25'],
    ['25 May 2023', '2023-05-25'],
    ['May 25, 2023', '2023-05-25'],
    ['Thursday, May 25, 2023 10:15 AM', '2023-05-25'],
    ['Sept. 3, 2022 | 4:15 p.m. EDT', '2022-09-03'],
    ['December 27 , 2007 13:27 BJT', '2007-12-27'],
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
    // Dotted dates put the day first.
    ['12.03.2024', '2024-03-12'],
    ['Posted 26.06.2023 15:35', '2023-06-26'],
    ['25 May 2023 02:02 (UTC +04:00)', '2023-05-25'],
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
    // A place before the date is a stamp only above the story (publishedOfText).
    'Brussels, 3 June 2022',
    '31.04.2023',
    '12/03/2024',
  ])('finds no date line in %j', (line) => {
    expect(dateOfLine(line)).toBeNull();
  });
});

describe('dateOfUpdatedLine', () => {
  it('reads a dotted update stamp', () => {
    expect(dateOfUpdatedLine('Updated: 12.03.2024')).toBe('2024-03-12');
    expect(dateOfUpdatedLine('Published: 12.03.2024')).toBeNull();
  });
});

describe('dateInLine', () => {
  it('finds a date anywhere in a line, with what is around it and whether a clock time follows', () => {
    expect(dateInLine('by VOA News September 18, 2014')).toEqual({
      date: '2014-09-18',
      before: 'by VOA News ',
      lead: 'by VOA News',
      after: '',
      timed: false,
    });
    expect(dateInLine('Other News 19 February 2008 03:06 (UTC +04:00)')).toMatchObject({
      date: '2008-02-19',
      timed: true,
    });
    expect(dateInLine('Xinhua, November 4, 2016 Adjust font size:')).toMatchObject({
      lead: 'Xinhua',
      after: ' Adjust font size:',
    });
    expect(dateInLine('Filed 2024-03-05 12:30')).toMatchObject({ date: '2024-03-05', timed: true });
  });

  it.each(['Report 12345 May 2023', 'Sunday 31 April 2023', 'In May 2023 the talks failed'])(
    'finds no date in %j',
    (line) => {
      expect(dateInLine(line)).toBeNull();
    },
  );
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

  it.each([
    // A byline with the story's date after it.
    ['by VOA News September 18, 2014', '2014-09-18'],
    // A known outlet's credit over the date, page furniture after it.
    ['Xinhua, November 4, 2016 Adjust font size:', '2016-11-04'],
    // A press release's place before its date.
    ['Brussels, 3 June 2022', '2022-06-03'],
    ['New Delhi, March 5, 2024', '2024-03-05'],
    ['brussels, 3 June 2022', null],
    ['The deal was signed in Brussels, 3 June 2022, by both sides.', null],
    // A label in capitalised words before a timestamp.
    ['Other News Materials 19 February 2008 03:06 (UTC +04:00)', '2008-02-19'],
    ['Talks were held on 19 February 2008 03:06', null],
    ['Other News Materials 19 February 2008', null],
    ['Moscow, November 4, 2016 Adjust font size:', null],
    ['by the end of September 18, 2014 the talks had failed', null],
  ])('reads the stamp line %j as %s', (line, date) => {
    expect(publishedOfText(`Headline\n\n${line}\n\nThe ships were hit on Tuesday.`)).toBe(date);
  });

  it('takes a published stamp over an earlier update stamp with a time', () => {
    const page = 'Headline\n\nLast Updated 20 February 2008 10:00\n\nOther News 19 February 2008 03:06\n\nText.';
    expect(publishedOfText(page)).toBe('2008-02-19');
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
    // Bylines that credit only an outlet name no author.
    ['By Reuters', null],
    ['By Dialogo', null],
    ['by VOA News September 18, 2014', null],
    // Scraped pages run the author's name into the outlet's initials.
    ['Dominic GianniniAAP', 'Dominic Giannini'],
    ['Dominic GianniniXYZ', null],
  ])('reads the byline %j as %s', (line, author) => {
    expect(authorOfText(`Headline\n\n${line}\n\nThe talks went on until Friday.`)).toBe(author);
  });

  it('takes a name alone beside the date line under the headline as the byline', () => {
    expect(authorOfText('Port deal collapses\n\nNatalie Wong\n\nFriday, January 21, 2011\n\nText.')).toBe(
      'Natalie Wong',
    );
    expect(authorOfText('Port deal collapses\n\nMay 3, 2024\n\nJANE DOE\n\nText.')).toBe('Jane Doe');
    // The headline itself, a staff title, a name far from the date, a name with no date: no byline.
    expect(authorOfText('Mafia Boss Arrested\n\nMay 3, 2024\n\nText.')).toBeNull();
    expect(authorOfText('Port deal collapses\n\nStaff Reporter\n\nMay 3, 2024\n\nText.')).toBeNull();
    expect(authorOfText('Port deal collapses\n\nJane Doe\n\nText.\n\nMay 3, 2024')).toBeNull();
    expect(authorOfText('Port deal collapses\n\nJane Doe\n\nThe talks went on.')).toBeNull();
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
    // A byline that credits an outlet instead of a person.
    ['By Dialogo', 'Dialogo'],
    ['by VOA News September 18, 2014', 'Voice of America'],
    ['Dominic GianniniAAP', 'Australian Associated Press'],
    // A known outlet credited above the story, over its date.
    ['From Associated Press| December 27 , 2007 13:27 BJT', 'Associated Press'],
    ['Xinhua, November 4, 2016 Adjust font size:', 'Xinhua'],
    ['( BBC ) - Italian police have arrested the leader of a Mafia group.', 'BBC News'],
    // The site's chrome naming a known outlet.
    ['NEWYou can now listen to Fox News articles!', 'Fox News'],
    ['Keep up to date with international news by downloading the RFI app', 'RFI'],
    ['Follow Reuters on X for the latest updates', 'Reuters'],
    [
      'The Independent is trusted by readers. Unlike others, we do not lock them out of our reporting.',
      'The Independent',
    ],
    ['Your support helps The Guardian. Support us today.', 'The Guardian'],
    // A credit with wire copy in it is the outlet's own.
    ['SOURCE: Al Jazeera and agencies', 'Al Jazeera'],
    // The lead retelling a known outlet's story.
    ['Andersson resigned after her budget failed to pass, the BBC reports.', 'BBC News'],
    ['The drug lord will stand trial in Texas, reports USA Today. He appeared in court.', 'USA Today'],
    ['Morawiecki submitted a proposal to the president, reports Xinhua news agency.', 'Xinhua'],
    // A paper naming itself in capitals as the one that found something out.
    ['Eight other counsels will join the trial of the former governor, DAILY POST gathered.', 'Daily Post'],
    // … or pointing to its own earlier story.
    ['As UNIAN reported earlier, the shelling went on through the night.', 'UNIAN'],
    // The site's credit line for its own story with wire copy.
    ['Al Jazeera and agencies', 'Al Jazeera'],
    // A place, then the paper's own name in brackets.
    ['Riverton, (Port Morning Newspaper) The council expanded its sanctions.', 'Port Morning Newspaper'],
    // A scraped page running the headline into the dateline.
    [
      'Former minister jailed for life Riverton, Feb 2 (AFP) Feb 02, 2026 A court said on Monday.',
      'Agence France-Presse',
    ],
    // A wire named more than once as the one told, or given something: the story is the wire's.
    [
      '"We lost six soldiers," an officer told AFP.\n\nAnother officer told AFP the raid failed.',
      'Agence France-Presse',
    ],
    [
      'A resident told The Associated Press that the town fell. A farmer contacted by telephone by AP agreed.',
      'Associated Press',
    ],
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
    // A wire named once as the one told is a page citing its interview; a state agency so named, often more.
    'He told TASS the talks had stalled, and later told TASS they had resumed.',
    'According to Reuters, the deal stalled. According to Reuters, talks resumed.',
    // Brackets after a place that do not name a paper.
    'Riverton, (pictured) The commander spoke to the crowd.',
    'As the minister reported earlier, the shelling went on.',
    'Kapustin (pictured) - Commander',
    'Reuters reported last year that the deal had stalled.',
    'The minister (PTI) Said nothing.',
    'Riverton | Examplestan | Business',
    'Portwire Staff Writer',
    'The talks went on with the union, said the head of the ILO',
    'Shares of the company rose in early trade. CEO',
    'By Staff',
    'By Editorial',
    'From Monday, the port will close to ships.',
    // A known outlet after "From" is a credit only over the story's date ("More from Reuters" is a list of links).
    'From Reuters',
    'From Al Jazeera, the news of the day',
    'Moscow, November 4, 2016 Adjust font size:',
    'Download the TikTok app to watch the video.',
    'Follow Jane Doe on Twitter',
    '"We stand by our reporting," the BBC said in a statement.',
    'The BBC said it stood by its reporting.',
    'Our journalists were there, the ministry said of the 10 ft wall.',
    'Reuters reports that the deal stalled, officials said.',
    'The former governor moved the sum, EFCC learnt.',
    'The ruling was upheld, the Supreme Court reports.',
  ])('names no outlet for %j', (line) => {
    expect(sourceOfText(`Headline\n\n${line}\n\nMore text follows here.`)).toBeNull();
  });
});

describe('sourceOfText, page furniture', () => {
  it("reads the site's name in a title line that the headline repeats below", () => {
    expect(sourceOfText('Inside the port | PORT DIGITAL\n\nInside the port\n\nText follows.')).toBe('PORT DIGITAL');
    expect(sourceOfText('Inside the port - Port Digital\n\n• Share\n\nInside the port\n\nText.')).toBe('Port Digital');
    // Without the repeat it is a headline with a dash in it.
    expect(sourceOfText('Inside the port | Port Digital\n\nText follows.')).toBeNull();
    expect(sourceOfText('Ukraine – the long war\n\nUkraine\n\nText follows.')).toBeNull();
  });

  it('takes a credit over a date only above the story, not from a list of references below it', () => {
    const story = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of the story.`).join('\n\n');
    expect(sourceOfText(`Headline\n\n${story}\n\nReuters, November 4, 2016`)).toBeNull();
    expect(publishedOfText(`Headline\n\n${story}\n\nReuters, November 4, 2016`)).toBeNull();
    expect(publishedOfText(`Headline\n\nReuters, November 4, 2016\n\n${story}`)).toBe('2016-11-04');
  });

  it("takes a lead's credit only in the lead", () => {
    const late = 'Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nThe budget failed to pass, the BBC reports.';
    expect(sourceOfText(late)).toBeNull();
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
