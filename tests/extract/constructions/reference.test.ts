// The inventory of ways news prose states a relation with one end named in an earlier sentence: a pronoun, a
// definite description, an age or a title. A row lists the relations found through a resolved reference (their
// rule id says "+ref:"), and nothing else may be: a wrong antecedent is a wrong relation.
import { describe, expect, it } from 'vitest';
import { statedIn } from '../extractText.ts';

const resolvedRelations = (text: string): string[] => statedIn(text, (r) => r.rule.includes('+ref:'));

describe('relations through a resolved reference', () => {
  it.each([
    // Personal pronouns: he, she, his, her.
    ['Jane Roe founded Acme Corp in 1999. She still leads it.', ['Jane Roe LEADS Acme Corp']],
    [
      'John Smith was killed in an air strike on Monday. He had led the Northern Front since 2014.',
      ['John Smith LEADS Northern Front'],
    ],
    [
      'Maria Lopez took office in March. She heads the Central Bank of Nigeria.',
      ['Maria Lopez LEADS Central Bank of Nigeria'],
    ],
    [
      'Peter Novak arrived in Vienna on Monday. He is a member of the Liberal Party.',
      ['Peter Novak MEMBER_OF Liberal Party'],
    ],
    ['Anna Berg was born in 1980. She is an analyst at Nordic Bank.', ['Anna Berg WORKS_FOR Nordic Bank']],
    [
      'Omar Haddad was arrested in 2019. He is a senior commander of the Northern Front.',
      ['Omar Haddad LEADS Northern Front'],
    ],
    ['Peter Novak spoke on Monday. His party, the Liberal Party, won the vote.', []],
    [
      'David Klein was released on Monday. He told Reuters that the talks had failed.',
      ['David Klein SPOKE_TO Reuters'],
    ],
    [
      'Jane Roe resigned on Friday. She had been the chief executive of Acme Corp since 2010.',
      ['Jane Roe LEADS Acme Corp'],
    ],
    // Gender agreement picks the one person the pronoun can be.
    ['John Smith met Jane Roe in Paris. She leads Acme Corp in Boston.', ['Jane Roe LEADS Acme Corp']],
    ['Jane Roe met John Smith in Paris. He leads the Unity Party.', ['John Smith LEADS Unity Party']],
    // The one a sentence is about, not someone under a preposition in it.
    [
      'Kwame Mensah was suspended by President Tom Brown in May. He is a member of the Unity Party.',
      ['Kwame Mensah MEMBER_OF Unity Party'],
    ],
    // An object pronoun is not the subject of its own clause.
    ['Kwame Mensah arrived on Monday. Tom Brown supports him.', ['Tom Brown SUPPORTS Kwame Mensah']],
    ['Jane Roe arrived on Monday. Kwame Mensah supports her.', ['Kwame Mensah SUPPORTS Jane Roe']],
    // "He said" after a quote is the quote's speaker.
    [
      '“The talks went well,” said John Smith. He said he had joined the Unity Party in 2001.',
      ['John Smith MEMBER_OF Unity Party'],
    ],
    // Organizations: it, its, they, their.
    ['The Northern Front was formed in 2015. It is led by Omar Haddad.', ['Omar Haddad LEADS Northern Front']],
    [
      'The Northern Front claimed the attack. Its leader, Omar Haddad, denied it.',
      ['Omar Haddad LEADS Northern Front'],
    ],
    [
      'The Karsa Brigades operate in northern Mali. They fight alongside the Sahel Front.',
      ['Karsa Brigades ALLIED_WITH Sahel Front'],
    ],
    ['Acme Corp opened a plant in Lyon. Its chief executive, Jane Roe, cut the ribbon.', ['Jane Roe LEADS Acme Corp']],
    ['The Karsa Brigades seized the town. Their leader, Omar Haddad, spoke.', ['Omar Haddad LEADS Karsa Brigades']],
    [
      "The Karsa Brigades seized Lyon. Mali's army drove them out of the city.",
      [
        'Karsa Brigades ACTIVE_IN Lyon',
        'Armed Forces of Mali ACTIVE_IN Lyon',
        'Armed Forces of Mali OPPOSES Karsa Brigades',
      ],
    ],
    // Definite descriptions by the kind of thing they name.
    ['The Northern Front was formed in 2015. The group is led by Omar Haddad.', ['Omar Haddad LEADS Northern Front']],
    ['Acme Corp reported record profits. The company is run by Jane Roe.', ['Jane Roe LEADS Acme Corp']],
    ['The Karsa Brigades seized the town. The militia is backed by Iran.', ['Iran SUPPORTS Karsa Brigades']],
    [
      'The Health Ministry of Ghana issued a statement. The ministry is led by Kwame Mensah.',
      ['Kwame Mensah LEADS Health Ministry of Ghana'],
    ],
    // A description as possessor or modifier of a role: "the group's chief negotiator", "the bloc's chairman".
    [
      "The Karsa Brigades attacked ships. Omar Haddad, the group's chief negotiator, told Reuters.",
      ['Omar Haddad WORKS_FOR Karsa Brigades'],
    ],
    [
      "The Karsa Brigades seized the town. The group's spokesman, Omar Haddad, spoke.",
      ['Omar Haddad SPOKESPERSON_FOR Karsa Brigades'],
    ],
    [
      "The Southern African Union met on Monday. The bloc's chairman, Kwame Mensah, spoke.",
      ['Kwame Mensah LEADS Southern African Union'],
    ],
    // "The city" is the one place (not a country) just named.
    ['Fighting broke out in Lyon on Monday. The Karsa Brigades attacked the city.', ['Karsa Brigades ACTIVE_IN Lyon']],
    ['Fighting broke out in Lyon. Acme Corp is based in the city.', ['Acme Corp LOCATED_IN Lyon']],
    ['Fighting broke out in Lyon and Nice. The Karsa Brigades attacked the city.', []],
    ['Fighting broke out in Lyon. The Karsa Brigades attacked the city of Nice.', []],
    // An age or a title stands for the last person named with it.
    [
      'Jane Roe was arrested in Paris on Monday. The 45-year-old is a member of the Red Brigade.',
      ['Jane Roe MEMBER_OF Red Brigade'],
    ],
    [
      'Former President John Smith visited Lagos on Monday. The former president now chairs the Unity Foundation.',
      ['John Smith LEADS Unity Foundation'],
    ],
    [
      'Former President John Smith visited Lagos. Jane Roe, a banker, met him there. The former president now chairs the Unity Foundation.',
      ['John Smith LEADS Unity Foundation'],
    ],
    [
      'Billionaire John Smith bought a newspaper. The billionaire also owns Acme Corp in Boston.',
      ['John Smith CONTROLS Acme Corp'],
    ],
    // A group described by what leads or backs it, or by the kind of armed group it is.
    [
      'The Karsa Brigades seized the town. The UK sanctioned the Iran-backed militia on Monday.',
      ['Iran SUPPORTS Karsa Brigades', 'United Kingdom BANNED Karsa Brigades'],
    ],
    [
      'The Sahel Front was formed in 2012. The jihadist group is led by Omar Haddad.',
      ['Omar Haddad LEADS Sahel Front'],
    ],
    // A pronoun keeps its person in focus for the next one.
    [
      'Peter Novak arrived in Vienna. He met reporters. He is a member of the Liberal Party.',
      ['Peter Novak MEMBER_OF Liberal Party'],
    ],
    // "The group" is the group a recent sentence is about, not one named under a preposition ("a spokesperson for
    // X"), else the one named most; a description with modifiers ("the new alliance") refers back like a bare one.
    [
      'The Karsa Brigades said on Monday that a spokesperson for the Velmar Front had lied. Jane Roe maintained a firm stance against the Iran-backed group.',
      ['Iran SUPPORTS Karsa Brigades', 'Jane Roe OPPOSES Karsa Brigades'],
    ],
    [
      'The Karsa Brigades seized Lorvik. The Karsa Brigades held the town for a week. Fighting was reported near a camp of the Sahel Front. The group is led by Omar Haddad.',
      ['Omar Haddad LEADS Karsa Brigades'],
    ],
    [
      'The Northern Alliance claimed the attack. The new alliance is led by Omar Haddad.',
      ['Omar Haddad LEADS Northern Alliance'],
    ],
    [
      'Acme Corp opened a plant. Jane Roe has run the Boston-based publisher since 1991.',
      ['Acme Corp LOCATED_IN Boston', 'Jane Roe LEADS Acme Corp'],
    ],
    [
      "Acme Corp reported profits. Jane Roe, the state-owned company's chief executive, spoke.",
      ['Jane Roe LEADS Acme Corp'],
    ],
    // What a description refers to is what its sentence is about: "it" after "the ministry said".
    [
      'The Health Ministry of Ghana met. The ministry is led by Kwame Mensah. It said on Monday it backed the Unity Party.',
      ['Health Ministry of Ghana SUPPORTS Unity Party', 'Kwame Mensah LEADS Health Ministry of Ghana'],
    ],
    // "The rebels" after "Karsa rebels": the group the text called so.
    ['Karsa rebels seized Lorvik on Monday. The rebels are backed by Sweden.', ['Sweden SUPPORTS Karsa']],
    // An organization's title refers back to its one known holder.
    [
      'Opposition leader Paul Dorn was jailed in May. The Unity Party leader, who returned from exile in 2014, could appeal.',
      ['Paul Dorn LEADS Unity Party'],
    ],
    // Nothing when the reference could be either of two, or none.
    ['Karsa rebels and Velmar rebels fought on Monday. The rebels are backed by Sweden.', []],
    ['The Karsa Brigades and the Sahel Front met. The group is backed by Sweden.', []],
    [
      'Opposition leader Paul Dorn and opposition leader Tom Brown met. The Unity Party leader, who returned from exile in 2014, could appeal.',
      [],
    ],
    // A description naming another one than the one in focus, or the name that follows it, refers back to nothing.
    ['The Northern Alliance claimed the attack. The rival alliance is led by Omar Haddad.', []],
    // A description that says something new ("the Bonn-based company") must fit the one company named, or none.
    ['Acme Corp bought Velmar Corp. Jane Roe has run the Boston-based company since 1991.', []],
    // A deputy's title is not the title its holder is known by.
    [
      'Opposition leader Paul Dorn was jailed in May. The Unity Party deputy leader, who returned from exile in 2014, could appeal.',
      [],
    ],
    ['The Karsa Brigades attacked. Norway sanctioned the powerful rebel group, the Sahel Front, on Monday.', []],
    // "They" after people named since the group is those people.
    ['The Karsa Brigades seized Lorvik. Tom Brown and Bill Green fled. They later joined the Sahel Front.', []],
    // A pronoun in a quotation is the speaker's.
    ['John Smith spoke in Paris. “He leads the Unity Party,” Jane Roe said.', []],
    ['Tom Brown and Bill Green are candidates. He leads the Unity Party.', []],
    ['Tom Brown met Bill Green in Paris. He leads the Unity Party.', []],
    ['Jane Roe and Mary Jones met in Paris. She leads Acme Corp.', []],
    ['John Smith founded Acme Corp in 1999. She still leads it.', []],
    ['Acme Corp said profits rose. He leads the company.', []],
    ['The 45-year-old is a member of the Red Brigade.', []],
    ['Jane Roe was arrested in Paris. The former president now chairs the Unity Foundation.', []],
    ['President John Smith met President Tom Brown. The president leads the Unity Party.', []],
    ['Tom Brown met Bill Green. He said he would join the Unity Party.', []],
    [
      'John Smith spoke on Monday. Police arrested a 45-year-old man in Paris. The 45-year-old is a member of the Red Brigade.',
      [],
    ],
    // A name of unknown gender nearer than one of the pronoun's: either may be meant.
    ['Jane Roe met Kwame Mensah in Accra. She leads Acme Corp in Boston.', []],
    // First-person quotes are left alone.
    ['John Smith spoke in Paris. “I lead the Unity Party,” he said.', []],
    ['John Smith spoke in Paris. “We support the Northern Front,” he said.', []],
    // A byline is not an antecedent.
    ['By John Roe\n\nHe was elected chairman of the Unity Party on Monday.', []],
  ])('%s', (text, relations) => {
    expect(resolvedRelations(text).sort()).toEqual([...relations].sort());
  });
});
