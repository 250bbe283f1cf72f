// Relations stated by the shape of a phrase (ages, titles, abbreviations, possessives, "as" and "at"), one made-up
// sentence per row, positive and negative: what the named rule states there, and nothing else.
import { describe, expect, it } from 'vitest';
import { extractText, relationLabel } from './extractText.ts';

/** The relations rule `rule` states in `text`, as "Source TYPE Target". */
function statedBy(rule: string, text: string): string[] {
  const x = extractText(text);
  return x.relations.filter((r) => r.rule === rule).map((r) => relationLabel(x, r));
}

describe('phrase rules', () => {
  it.each([
    // A person "of" a group, past an age; a judge works for the court.
    [
      'person-of',
      'Police arrested Kiyoshi Dorn, 63, of the Velmar Group, in a raid.',
      ['Kiyoshi Dorn MEMBER_OF Velmar Group'],
    ],
    [
      'person-of',
      'The case went before Justice Anna Kovic of the Lorton High Court.',
      ['Anna Kovic WORKS_FOR Lorton High Court'],
    ],
    ['person-of', 'Police arrested Kiyoshi Dorn, 63, in a raid of the Velmar Group offices.', []],
    // …and past a parenthesis after the name.
    [
      'person-of',
      'Anna Kovic (2001-2006), of the Orvan Unity Party, came second.',
      ['Anna Kovic MEMBER_OF Orvan Unity Party'],
    ],
    ['person-of', 'Anna Kovic (2001-2006) met the leader of the Orvan Unity Party.', []],
    // A town and the abbreviation of its state or province, which names the province (as a mention of it).
    ['place', 'Officers from Quebec searched homes in Laval, Que., on Monday.', ['Laval LOCATED_IN Quebec']],
    ['place', 'Officers searched homes in Laval, Que., on Monday.', ['Laval LOCATED_IN Quebec']],
    ['place', 'Officers searched homes in Laval, Que and Toronto on Monday.', []],
    // A place right before "in" and a larger place; not a country, and not before a possessive.
    ['place', 'Protesters gathered in Munich in Bavaria on Sunday.', ['Munich LOCATED_IN Bavaria']],
    ['place', 'The role of Russia in Syria grew.', []],
    ['place', 'Troops reached the town of Dornik in Norway’s Vell region.', ['Vell region LOCATED_IN Norway']],
    // "X, the centre of Y".
    [
      'place',
      'Troops entered the town of Dornik, the centre of the Vell region, at dawn.',
      ['Dornik LOCATED_IN Vell region'],
    ],
    ['place', 'Ivan Dorn, the centre of the team, scored twice.', []],
    ['place', 'He was taken to Bergen, a border community in Norway, for treatment.', ['Bergen LOCATED_IN Norway']],
    ['place', 'He was taken to Bergen, a border community, for treatment.', []],
    // A body that sits somewhere by a word anywhere in its name, right before "in" and a place.
    ['place', 'Ivan Dorn, an analyst at Bank Velmar in Bergen, spoke.', ['Bank Velmar LOCATED_IN Bergen']],
    ['place', 'Fighters of the Velmar Brigade in Bergen spoke.', []],
    // A country's company is in it; its institutions are part of it; a city's street is in the city.
    ['place', 'In India, shares fell. India’s Velmar Group denied the report.', ['Velmar Group LOCATED_IN India']],
    [
      'place',
      'In Ukraine, officials met. Ukraine’s SBU security service denied the report.',
      ['Security Service of Ukraine (SBU) PART_OF Ukraine'],
    ],
    ['place', 'Ivan Dorn’s Velmar Group denied the report.', []],
    ['place', 'In London, fans gathered. London’s Velmar Bank denied the report.', ['Velmar Bank LOCATED_IN London']],
    ['place', 'In London, fans gathered. London’s Velmar Brigade denied the report.', []],
    // A country's outlet is in it too.
    ['place', 'In Qatar, police met. Qatar’s Al Jazeera reported it.', ['Al Jazeera LOCATED_IN Qatar']],
    ['place', 'In Kenya, shares fell. Kenya’s VCX denied the report.', []],
    // "oust X as chairman": the person before "as" holds the role.
    ['role', 'Shareholders tried to oust Ivan Dorn as Velmar Group board chairman.', ['Ivan Dorn LEADS Velmar Group']],
    ['role', 'Police named the Velmar Group as the buyer.', []],
    // A noun for the organization's kind before the role names it; a spokesperson of a body only described.
    ['role', 'Police said Ivan Dorn became a top Velmar cartel leader last year.', ['Ivan Dorn LEADS Velmar']],
    ['role', 'Radio Lorton reached out to the junta spokesperson Ivan Dorn for comment.', []],
    // A region the role covers, then the employer under "at".
    [
      'role',
      '“Markets are calm,” said Isabel Dorn, head of capital markets for Europe and Africa at Velmar Bank.',
      ['Isabel Dorn WORKS_FOR Velmar Bank'],
    ],
    [
      'role',
      '“Markets are calm,” said Isabel Dorn, head of capital markets for Europe, the Middle East and Africa at Velmar Bank.',
      ['Isabel Dorn WORKS_FOR Velmar Bank'],
    ],
    ['role', '“Markets are calm,” said Isabel Dorn, head of sales for Europe.', []],
    // A passive that says what its subject is.
    ['role', 'Ivan Dorn is also considered a top leader of the Velmar Group.', ['Ivan Dorn LEADS Velmar Group']],
    ['role', 'Ivan Dorn considered the leader of the Velmar Group a friend.', []],
    // A facility named before its kind, in a town; a court's panel where the court sits; not a country's embassy.
    [
      'facility-in-place',
      'Protesters gathered at the Lorton Grand terminal in Dakar on Monday.',
      ['Lorton Grand LOCATED_IN Dakar'],
    ],
    [
      'facility-in-place',
      'The plane landed at the Vell airport in the Montreal suburb of Longueuil.',
      ['Vell LOCATED_IN Longueuil'],
    ],
    [
      'facility-in-place',
      'A Lorton Court of Appeal panel in Dakar threw out the conviction.',
      ['Lorton Court of Appeal LOCATED_IN Dakar'],
    ],
    ['facility-in-place', 'A UN panel in Geneva said the vote was fair.', []],
    [
      'facility-in-place',
      'Drones hit the Kirishi refinery in the Leningrad region.',
      ['Kirishi LOCATED_IN Leningrad region'],
    ],
    ['facility-in-place', 'Drones hit the Velmar Petroleum Corp refinery in the Leningrad region.', []],
    ['facility-in-place', 'Russia denied it. Protesters gathered at the Russian embassy in Dakar.', []],
    ['facility-in-place', 'Protesters gathered near the Lorton Grand hotel on Monday in Dakar.', []],
    // Who heads a group's branch in a place is a member of the group; its head, a leader.
    [
      'role',
      'Another of those listed was the head of the Velmar Group in Mali, Ivan Dorn.',
      ['Ivan Dorn MEMBER_OF Velmar Group'],
    ],
    ['role', 'The head of the Velmar Group, Ivan Dorn, spoke in Mali.', ['Ivan Dorn LEADS Velmar Group']],
    [
      'role',
      '“It is calm,” said Ivan Dorn, head of the Sahel programme at the Velmar Foundation in Bamako.',
      ['Ivan Dorn WORKS_FOR Velmar Foundation'],
    ],
    // A field after the role, capitalized or not, naming nothing: the holder works for the organization; an
    // apposition after a list under "of" renames the role, not the last item.
    [
      'role',
      'The Velmar Commission Director of Legal and Prosecution, Ivan Dorn, will lead the team.',
      ['Ivan Dorn WORKS_FOR Velmar Commission'],
    ],
    ['role', 'The Velmar Commission director of sales and marketing, Ivan Dorn said, quit.', []],
    [
      'role',
      'The director of the Velmar Commission, Ivan Dorn, will lead the team.',
      ['Ivan Dorn LEADS Velmar Commission'],
    ],
    // The office of a state named before it, by name, adjective or possessive: heads lead it, ministers work for it.
    ['role', 'Colombia’s President Ivan Dorn gave a speech.', ['Ivan Dorn LEADS Colombia']],
    ['role', 'US President Ivan Dorn gave a speech.', ['Ivan Dorn LEADS United States']],
    ['role', 'Turkey said no. Turkish Foreign Minister Hakan Dorn spoke.', ['Hakan Dorn WORKS_FOR Turkey']],
    ['role', 'Myanmar’s junta chief General Ivan Dorn spoke.', ['Ivan Dorn LEADS Myanmar']],
    ['role', 'Russia said no. A Russian journalist Ivan Dorn spoke.', []],
    ['role', 'Velmar Steel President Ivan Dorn spoke.', ['Ivan Dorn LEADS Velmar Steel']],
    // An apposition closed by a semicolon, in a list of people set off by semicolons.
    [
      'role',
      'Those listed include Ivan Dorn, founder of Velmar Bank; Anna Kovic, chief executive of Lorton Telecom; and others.',
      ['Ivan Dorn LEADS Velmar Bank', 'Anna Kovic LEADS Lorton Telecom'],
    ],
  ])('%s: %s', (rule, text, relations) => {
    expect(statedBy(rule, text).sort()).toEqual([...relations].sort());
  });
});
