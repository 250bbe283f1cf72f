import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/documents/boilerplate.ts';

const HEADLINE = 'Who are the pro-Ukrainian groups behind the Belgorod border raid?';
const FIRST = 'The Freedom Legion of Russia is the other group that claims to have been involved.';
const LAST = 'NBC News asked both groups for comment, but they did not immediately respond.';
const ARTICLE = `${HEADLINE}\n\n${FIRST}\n\n${LAST}`;

describe('removeBoilerplate', () => {
  it.each([
    'Jannah Theme License is not validated, Go to the theme options page to validate the license, You need a single license for each domain name.',
    'Back to top button',
    'Back to top ↑',
    'Skip to main content',
    'More Stories',
    'Stay informed by joining TruthRow',
    '24/7 coverage from 1000+ journalists. Subscriber-exclusive events. Unmatched political and international news.',
    'You can cancel anytime',
    'Not all news on the site expresses the point of view of the site, but we transmit this news automatically and translate it through programmatic technology on the site and not from a human editor.',
    'The views expressed in this article are those of the author and not necessarily of this publication.',
    'Share this article',
    'Share on Facebook Share on Twitter',
    'Facebook | Twitter | WhatsApp | Email | Print',
    'Sign up for our newsletter',
    'Get the Morning Briefing newsletter delivered to your inbox',
    'Subscribe',
    'Subscribe now »',
    'Already a subscriber? Log in',
    'Start your free trial today',
    'Advertisement',
    'Story continues below advertisement',
    'Read more: Ukraine says drones hit Moscow overnight',
    'Related: What we know about the Wagner mutiny',
    'READ MORE',
    'We use cookies to improve your experience. By continuing, you agree to our cookie policy.',
    'Accept all cookies',
    '© 2023 Example Media. All rights reserved.',
    'Copyright 2023 The Associated Press',
    'Follow us on Twitter',
    'Follow Reuters on X and Facebook',
    'Click here to read the full report',
    'Photo: Sergei Supinsky/AFP via Getty Images',
    'Ukrainian soldiers near Bakhmut. (Sergei Supinsky/AFP via Getty Images)',
    '(AP Photo/Efrem Lukatsky)',
    'Camera IconNew sanctions on officials follow missile attacks on the city. (AP PHOTO) Credit: AP',
    'Updated 3 hours ago',
    'Published 25 minutes ago',
    '5 min read',
    'Tags: Ukraine, Russia, Belgorod',
    'Your email address will not be published. Required fields are marked *',
  ])('removes %j anywhere in the text', (line) => {
    expect(removeBoilerplate(`${HEADLINE}\n\n${FIRST}\n\n${line}\n\n${LAST}`)).toBe(ARTICLE);
    expect(removeBoilerplate(`${HEADLINE}\n\n${FIRST}\n${line}\n${LAST}`)).toBe(`${HEADLINE}\n\n${FIRST}\n${LAST}`);
  });

  it.each(['Usa News', 'World News', 'Politics', 'Home > World > Europe', 'Europe | Ukraine war'])(
    'removes the section label %j above the headline',
    (line) => {
      expect(removeBoilerplate(`${line}\n\n${ARTICLE}`)).toBe(ARTICLE);
      expect(removeBoilerplate(`${line}\n${ARTICLE}`)).toBe(ARTICLE);
    },
  );

  it.each(['nbcnews Gt', 'reuters.com', 'aljazeera'])('removes the lone outlet token %j after the article', (line) => {
    expect(removeBoilerplate(`${ARTICLE}\n\n${line}`)).toBe(ARTICLE);
  });

  it('drops a closing list of other stories with its heading', () => {
    const tail = 'You may also like\n\nRussia says it repelled attack\n\nWagner chief threatens to pull out of Bakhmut';
    expect(removeBoilerplate(`${ARTICLE}\n\n${tail}`)).toBe(ARTICLE);
  });

  it.each([
    // Real sentences that use boilerplate words keep their place.
    'The Legion also has a strong presence on Telegram, with over a quarter of a million subscribers, where they call themselves “free citizens of Russia”, and it urges readers to subscribe to its channel and share its videos with friends, family and anyone who will listen.',
    'He urged supporters to subscribe to the group’s channel, saying the next video would show the raid from the inside.',
    'Kapustin said the group would share its plans later.',
    'Follow the money, Clarke said.',
    'Photographs of the armoured vehicles were shared widely on social media.',
    'The camera captured the attack, police said.',
    'The strike was confirmed by the agency (Reuters), officials said.',
    // A caption that only names its agency may be the article's own words, and is kept.
    'New sanctions on officials follow missile attacks on the city. (AP PHOTO)',
    'Russian News',
    'Politics',
    'nbcnews Gt',
    'Related stories of abuse emerged from the border villages, residents told reporters on Thursday.',
    'Stay informed by joining TruthRow, the group told its members in a long message posted on Telegram on Wednesday evening.',
    'The cookie policy dispute went to court.',
    '25 May 2023 02:02',
    'What is their motivation?',
  ])('keeps %j in the middle of the article', (line) => {
    const text = `${HEADLINE}\n\n${FIRST}\n\n${line}\n\n${LAST}`;
    expect(removeBoilerplate(text)).toBe(text);
  });

  it('keeps a "More stories" heading followed by long paragraphs, dropping only the heading', () => {
    const long = `${FIRST} ${LAST} ${FIRST}`;
    expect(removeBoilerplate(`${ARTICLE}\n\nMore Stories\n\n${long}`)).toBe(`${ARTICLE}\n\n${long}`);
  });

  it('joins remaining paragraphs with one blank line and leaves lines inside them as they were', () => {
    const text = `Usa News\n${HEADLINE}\n\n\n\n${FIRST}   \n“A quoted line,” he said.\n\nAdvertisement\n\n\n${LAST}\n\nnbcnews Gt\n`;
    expect(removeBoilerplate(text)).toBe(`${HEADLINE}\n\n${FIRST}\n“A quoted line,” he said.\n\n${LAST}`);
  });
});
