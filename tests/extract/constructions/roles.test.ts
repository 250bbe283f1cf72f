// The construction inventory of people and their organizations (LEADS, WORKS_FOR, MEMBER_OF, SPOKESPERSON_FOR,
// SPOKE_TO): the ways news prose states each, written from general knowledge of English, not from any test article.
// Every rule may answer; a row states the relations of these five types the sentence gives, and nothing else.
// A past role still states the relation (gold counts "the former leader of Y"); hiring, appointing and dismissing
// state employment; a negated, refused, hoped-for or questioned one states none.
import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../src/model/vocabulary.ts';
import { statedIn } from '../extractText.ts';

const TYPES: ReadonlySet<RelationType> = new Set(['LEADS', 'WORKS_FOR', 'MEMBER_OF', 'SPOKESPERSON_FOR', 'SPOKE_TO']);

/** The relations of the five types any rule states in `text`, as "Source TYPE Target". */
const stated = (text: string): string[] => statedIn(text, (r) => TYPES.has(r.type));

/** A sentence and the relations it states; a third field says why the chunker or tagger makes the row fail. */
type Row = [text: string, relations: string[], fails?: string];

const LEADS: Row[] = [
  // A list of names each with its role: each role renames the name before it.
  [
    'The sanctions target Ivan Dorn, the commander of the Example Brigade, Anna Kovic, the leader of the Lorton Front, and two envoys.',
    ['Anna Kovic LEADS Lorton Front', 'Ivan Dorn LEADS Example Brigade'],
  ],
  // A member's boss leads the member's group.
  [
    'Ivan Dorn is the top member of the Orvan Party, after his boss Anna Kovic.',
    ['Anna Kovic LEADS Orvan Party', 'Ivan Dorn MEMBER_OF Orvan Party'],
  ],
  // Apposition after the name and before it; title chains; possessives; compound modifiers.
  ['Ivan Dorn, the leader of the Orvan Party, spoke on Monday.', ['Ivan Dorn LEADS Orvan Party']],
  ['The chairman of the Kestrel Bank, Anna Kovic, resigned on Friday.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Orvan Party leader Ivan Dorn said the vote was fair.', ['Ivan Dorn LEADS Orvan Party']],
  ['The Orvan Party’s leader, Ivan Dorn, said the vote was fair.', ['Ivan Dorn LEADS Orvan Party']],
  ['Ivan Dorn, the Velmar Group’s founder, died on Sunday.', ['Ivan Dorn LEADS Velmar Group']],
  ['Kestrel Bank chief executive Anna Kovic said profits rose.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Anna Kovic, the managing director of the Kestrel Bank, said profits rose.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Ivan Dorn, secretary-general of the Orvan Party, said the vote was fair.', ['Ivan Dorn LEADS Orvan Party']],
  ['The Falcon Brigade’s commander, Col. Ivan Dorn, was killed.', ['Ivan Dorn LEADS Falcon Brigade']],
  ['Interim leader Ivan Dorn of the Orvan Party said the vote was fair.', ['Ivan Dorn LEADS Orvan Party']],
  ['Ivan Dorn, the acting president of the Kestrel Bank, resigned.', ['Ivan Dorn LEADS Kestrel Bank']],
  ['Anna Kovic, the former head of the Velmar Group, said so.', ['Anna Kovic LEADS Velmar Group']],
  // A demonym names no state ("French President X"): only a named one is led.
  ['The prime minister of Italy, Anna Kovic, said the vote was fair.', ['Anna Kovic LEADS Italy']],
  ['France’s President Ivan Dorn said the vote was fair.', ['Ivan Dorn LEADS France']],
  // Verbs, active and passive, relative and reduced relative clauses.
  ['Ivan Dorn heads the Velmar Group.', ['Ivan Dorn LEADS Velmar Group']],
  ['Ivan Dorn, who heads the Velmar Group, declined to comment.', ['Ivan Dorn LEADS Velmar Group']],
  ['The Velmar Group, led by Anna Kovic, denied the report.', ['Anna Kovic LEADS Velmar Group']],
  ['The Velmar Group is run by Anna Kovic.', ['Anna Kovic LEADS Velmar Group']],
  // The tagger reads "chairs" / "commands" after a name as a plural noun; the chunker reads it as the verb.
  ['Anna Kovic chairs the Kestrel Bank.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Ivan Dorn commands the Falcon Brigade.', ['Ivan Dorn LEADS Falcon Brigade']],
  ['Ivan Dorn presides over the Orvan Party.', ['Ivan Dorn LEADS Orvan Party']],
  ['Ivan Dorn, 61, has ruled Norway for 28 years.', ['Ivan Dorn LEADS Norway']],
  ['Anna Kovic will take charge of the Velmar Group.', ['Anna Kovic LEADS Velmar Group']],
  // A country's government stands for the country; a kind noun after a short form goes with the name.
  ['Norway’s new government led by Prime Minister Ivan Dorn was sworn in.', ['Ivan Dorn LEADS Norway']],
  ['It ended the rule of the Orvan Unity Party (OUP) party, led by Ivan Dorn.', ['Ivan Dorn LEADS Orvan Unity Party']],
  ['Ivan Dorn founded the Velmar Group in 1998.', ['Ivan Dorn LEADS Velmar Group']],
  ['The Falcon Brigade was founded by Ivan Dorn.', ['Ivan Dorn LEADS Falcon Brigade']],
  [
    'Ivan Dorn and Anna Kovic co-founded the Velmar Group.',
    ['Ivan Dorn LEADS Velmar Group', 'Anna Kovic LEADS Velmar Group'],
  ],
  // Copula, appointment and election, taking over, the helm.
  ['Ivan Dorn is the commander of the Falcon Brigade.', ['Ivan Dorn LEADS Falcon Brigade']],
  ['Ivan Dorn became leader of the Orvan Party in 2019.', ['Ivan Dorn LEADS Orvan Party']],
  ['Anna Kovic was appointed chief executive of the Kestrel Bank in May.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Anna Kovic was elected chairwoman of the Orvan Party last year.', ['Anna Kovic LEADS Orvan Party']],
  ['The Orvan Party elected Anna Kovic as its leader.', ['Anna Kovic LEADS Orvan Party']],
  [
    'The Kestrel Bank named Ivan Dorn chief executive on Tuesday.',
    ['Ivan Dorn LEADS Kestrel Bank'],
    'the chunker makes “Ivan Dorn chief executive” one noun phrase (and the tagger “new” an adverb in “its new chief executive”)',
  ],
  ['The Velmar Group named Ivan Dorn its chief.', ['Ivan Dorn LEADS Velmar Group']],
  ['The Velmar Group appointed Anna Kovic as chairwoman.', ['Anna Kovic LEADS Velmar Group']],
  ['The Kestrel Bank has named Li Wei as chief executive, replacing Ivan Dorn.', ['Li Wei LEADS Kestrel Bank']],
  ['Ivan Dorn was named as head of the Velmar Group in May.', ['Ivan Dorn LEADS Velmar Group']],

  ['Ivan Dorn took over as head of the Falcon Brigade in March.', ['Ivan Dorn LEADS Falcon Brigade']],
  ['Ivan Dorn resigned as chairman of the Kestrel Bank.', ['Ivan Dorn LEADS Kestrel Bank']],
  ['Anna Kovic has been at the helm of the Velmar Group since 2010.', ['Anna Kovic LEADS Velmar Group']],
  ['Ivan Dorn, who is in charge of the Falcon Brigade, said so.', ['Ivan Dorn LEADS Falcon Brigade']],
  [
    'Anna Kovic’s appointment as head of the Velmar Group surprised many.',
    ['Anna Kovic LEADS Velmar Group'],
    'gap: a role after a nominalized appointment',
  ],
  // An apposition no second comma closes: a list after it, a dash, a relative clause (the chunker marks none).
  [
    'Ivan Dorn, leader of the Orvan Party and a former minister who lost his seat, was named to the post.',
    ['Ivan Dorn LEADS Orvan Party'],
  ],
  [
    'Anna Kovic, former chief executive of the Kestrel Bank, and the lawyer Mark Pell were convicted on Friday.',
    ['Anna Kovic LEADS Kestrel Bank'],
  ],
  [
    'Tomasz Wrobel, the commander of the Falcon Brigade - which is part of the army - told reporters it held.',
    ['Tomasz Wrobel LEADS Falcon Brigade'],
  ],
  [
    'Amadou Sow, head of the Patriotic Front of the Salvation of Velmar was convicted of hostility against the homeland.',
    ['Amadou Sow LEADS Patriotic Front of the Salvation of Velmar'],
  ],
  ['In a statement, Anna Kovic, chairwoman of the Kestrel Bank said profits rose.', ['Anna Kovic LEADS Kestrel Bank']],
  ['After meeting Ivan Dorn, the leader of the Orvan Party said the talks went well.', []],
  // Two titles joined by "and" before the name; a past role written "ex-"; long titles.
  ['Orvan Party leader and former prime minister Ivan Dorn nominated Anna Kovic.', ['Ivan Dorn LEADS Orvan Party']],
  ['Kestrel Bank chairman and former Finance Minister Li Wei resigned on Monday.', ['Li Wei LEADS Kestrel Bank']],
  ['Ivan Dorn, ex-chief executive officer of the Kestrel Bank, was convicted.', ['Ivan Dorn LEADS Kestrel Bank']],
  ['Kestrel Bank ex-chairman Anna Kovic said profits fell.', ['Anna Kovic LEADS Kestrel Bank']],
  ['Anna Kovic, the chief executive officer of the Velmar Group, said so.', ['Anna Kovic LEADS Velmar Group']],
  ['Velmar Tribe chief sheikh Omar Haddad met the envoy.', ['Omar Haddad LEADS Velmar Tribe']],
  // Governors and mayors lead the place named before the title (a state of a federation, a city).
  ['Former Ohio Gov. Ivan Dorn hugged his daughters.', ['Ivan Dorn LEADS Ohio']],
  ['Lawyers for former Texas governor Anna Kovic filed an appeal.', ['Anna Kovic LEADS Texas']],
  ['Ontario Premier Mark Pell said the budget was balanced.', ['Mark Pell LEADS Ontario']],
  // A party "of" its leader; taking the helm.
  [
    'Anna Kovic is a candidate for the Orvan Front party of former president Ivan Dorn.',
    ['Anna Kovic MEMBER_OF Orvan Front', 'Ivan Dorn LEADS Orvan Front'],
  ],
  ['Ivan Dorn took the helm of the Kestrel Bank in 2019.', ['Ivan Dorn LEADS Kestrel Bank']],
  ['Anna Kovic, who took over the helm of the Velmar Group last year, said so.', ['Anna Kovic LEADS Velmar Group']],
  // A unit an owner's possessive names; the organization a relative "whose" is about.
  ['Ivan Dorn, the head of the Kestrel Bank’s Orvan Capital unit, said so.', ['Ivan Dorn LEADS Orvan Capital']],
  [
    'The result was declared by the Velmar Electoral Council (VEC), whose head Ivan Dorn is an ally of the president.',
    ['Ivan Dorn LEADS Velmar Electoral Council'],
  ],
  [
    'It was approved by the Orvan Party, whose chairman Anna Kovic called it a victory.',
    ['Anna Kovic LEADS Orvan Party'],
  ],
  // A nationality before the organization is no field of the role; "made X the president of Y".
  ['Chairperson of Indian conglomerate Kestrel Group, Ivan Dorn, said so.', ['Ivan Dorn LEADS Kestrel Group']],
  ['Anna Kovic, the chairwoman of Brazilian airline Velmar Air, resigned.', ['Anna Kovic LEADS Velmar Air']],
  [
    'The assembly made Orvan Party Honorary President Ivan Dorn the president of the Velmar Senate.',
    ['Ivan Dorn LEADS Orvan Party', 'Ivan Dorn LEADS Velmar Senate'],
  ],
  ['The Orvan Party made Anna Kovic its leader in 2020.', ['Anna Kovic LEADS Orvan Party']],
  // Look-alikes: someone else's role, negation, hope, refusal.
  ['Ivan Dorn met the leader of the Orvan Party.', []],
  ['Ivan Dorn criticized the Velmar Group’s chairman.', []],
  ['Ivan Dorn did not lead the Falcon Brigade.', []],
  ['Ivan Dorn refused to lead the Falcon Brigade.', []],
  ['Ivan Dorn wants to lead the Orvan Party.', []],
  ['Ivan Dorn may soon head the Velmar Group.', []],
  ['Ivan Dorn ruled out talks with the Velmar Group.', []],
  ['Norway’s government criticized Ivan Dorn.', []],
  ['A judge ruled in favour of the Velmar Group.', []],
];

const WORKS_FOR: Row[] = [
  ['Anna Kovic, an analyst at the Velmar Institute, said rates would rise.', ['Anna Kovic WORKS_FOR Velmar Institute']],
  ['Velmar Institute researcher Anna Kovic said rates would rise.', ['Anna Kovic WORKS_FOR Velmar Institute']],
  ['Kestrel Bank economist Anna Kovic said rates would rise.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['Anna Kovic, chief economist at the Kestrel Bank, said rates would rise.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn, a senior fellow at the Velmar Institute, said so.', ['Ivan Dorn WORKS_FOR Velmar Institute']],
  ['Ivan Dorn, a professor of history at the Velmar University, said so.', ['Ivan Dorn WORKS_FOR Velmar University']],
  ['Anna Kovic, a lawyer for the Kestrel Bank, said so.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn, an engineer with the Kestrel Bank, said so.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Anna Kovic, a consultant to the Kestrel Bank, said so.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn, the Kestrel Bank’s general counsel, said so.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn, the Kestrel Bank’s chief of staff, said so.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Anna Kovic, a senior official in the Orvan Party, said so.', ['Anna Kovic WORKS_FOR Orvan Party']],
  ['Ivan Dorn, an envoy of the Orvan Party, said so.', ['Ivan Dorn WORKS_FOR Orvan Party']],
  ['Chief prosecutor Anna Kovic of the Velmar Court said so.', ['Anna Kovic WORKS_FOR Velmar Court']],
  ['Reuters correspondent Ivan Dorn said so.', ['Ivan Dorn WORKS_FOR Reuters']],
  ['Ivan Dorn, a correspondent for the BBC, said so.', ['Ivan Dorn WORKS_FOR BBC']],
  ['France’s foreign minister, Anna Kovic, said so.', ['Anna Kovic WORKS_FOR France']],
  // A copula before a possessed role; an adviser of a state named by its short name.
  ['Ivan Dorn, 64, was China’s justice minister from 2020 to 2023.', ['Ivan Dorn WORKS_FOR China']],
  ['U.S. national security adviser Ivan Dorn told reporters so.', ['Ivan Dorn WORKS_FOR United States']],
  ['Ivan Dorn met China’s justice minister.', []],
  [
    'Anna Kovic and Ivan Dorn, both analysts at the Velmar Institute, said so.',
    ['Anna Kovic WORKS_FOR Velmar Institute', 'Ivan Dorn WORKS_FOR Velmar Institute'],
  ],
  [
    'The Velmar Institute’s Anna Kovic said rates would rise.',
    ['Anna Kovic WORKS_FOR Velmar Institute'],
    'gap: an organization’s possessive before a person',
  ],
  // A leader's deputy, an officer or an operative works for an agency, a police force or a company.
  ['Kestrel Bank deputy director Anna Kovic said so.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['FBI assistant director Mark Pell said the raids had ended.', ['Mark Pell WORKS_FOR FBI']],
  [
    'Ivan Dorn, the Velmar Defense Department’s deputy chief of operations, said so.',
    ['Ivan Dorn WORKS_FOR Velmar Defense Department'],
  ],
  [
    'Gen. Anna Kovic of the Velmar National Police said the gang leader must die.',
    ['Anna Kovic WORKS_FOR Velmar National Police'],
  ],
  ['Inspector Ivan Dorn of the Lorton Police Department said so.', ['Ivan Dorn WORKS_FOR Lorton Police Department']],
  [
    'An Orvan Crimes Commission operative, Ivan Dorn, told the court the money was moved.',
    ['Ivan Dorn WORKS_FOR Orvan Crimes Commission'],
  ],
  [
    'Ivan Dorn told the court he is prosecuting the case as a public prosecutor under the Velmar Prosecution Directorate.',
    ['Ivan Dorn WORKS_FOR Velmar Prosecution Directorate'],
  ],
  // A unit of the organization the possessive names: its head works for the organization.
  [
    'The Kestrel Bank’s fraud and financial intelligence chief Anna Kovic said the network would be targeted.',
    ['Anna Kovic WORKS_FOR Kestrel Bank'],
  ],
  ['The Velmar Group’s intelligence chief, Ivan Dorn, resigned.', ['Ivan Dorn WORKS_FOR Velmar Group']],
  // Verbs of working and employing; a dismissal states the employment it ends.
  ['Ivan Dorn works for the Kestrel Bank.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Anna Kovic, who works for the Kestrel Bank, said so.', ['Anna Kovic WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn works at the Kestrel Bank in Lorton.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn, who worked for the Kestrel Bank until 2015, said so.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn is employed by the Kestrel Bank.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['The Kestrel Bank hired Ivan Dorn as an adviser in 2020.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Ivan Dorn was hired by the Kestrel Bank in 2020.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['The Kestrel Bank recruited Ivan Dorn in 2019.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  [
    'Ivan Dorn joined the Kestrel Bank in 2019 as a trader.',
    ['Ivan Dorn WORKS_FOR Kestrel Bank'],
    'the member-verb trigger (triggerRule.ts) also makes whoever joins an organization a member of it; the role rule adds WORKS_FOR',
  ],
  ['The Kestrel Bank dismissed Ivan Dorn last week.', ['Ivan Dorn WORKS_FOR Kestrel Bank']],
  ['Anna Kovic was appointed ambassador of the Velmar Group.', ['Anna Kovic WORKS_FOR Velmar Group']],
  // Look-alikes.
  ['Ivan Dorn does not work for the Kestrel Bank.', []],
  ['Ivan Dorn applied for a job at the Kestrel Bank.', []],
  ['Ivan Dorn sued the Kestrel Bank.', []],
  ['Ivan Dorn spoke to an analyst at the Kestrel Bank.', []],
  ['Ivan Dorn may join the Kestrel Bank next year.', []],
  // "his lawyer" after a person is named is that person's lawyer, not the staff of the group in focus.
  [
    'Ivan Dorn, a leader of the Example Party, was jailed. “We will appeal,” media quoted his lawyer Anna Kovic as saying.',
    ['Ivan Dorn LEADS Example Party'],
  ],
  [
    'The Example Party held a rally. Its leader Ivan Dorn spoke, and his adviser Anna Kovic said the vote was rigged.',
    ['Ivan Dorn LEADS Example Party'],
  ],
  [
    'The Orvan Front said it would fight on. Talks between army chief Ivan Dorn and his former deputy, Orvan Front commander Anna Kovic, failed.',
    ['Anna Kovic LEADS Orvan Front'],
  ],
];

const MEMBER_OF: Row[] = [
  // A relative clause with its own subject describes its antecedent with the role after "as".
  [
    'Also held was Ivan Dorn, 53, who police described as a senior member of the Velmar Gang.',
    ['Ivan Dorn MEMBER_OF Velmar Gang'],
  ],
  ['Ivan Dorn, who police described as a witness, met a member of the Velmar Gang.', []],
  ['Ivan Dorn, a member of the Orvan Party, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, a senior member of the Orvan Party, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn is a member of the Orvan Party.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn is also a member of the Orvan Party.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, who has been a member of the Orvan Party since 2001, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Orvan Party lawmaker Ivan Dorn said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, an Orvan Party lawmaker, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, a lawmaker from the Orvan Party, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, a deputy from the Orvan Party, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, an Orvan Party candidate, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, the Orvan Party candidate for mayor, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, a Falcon Brigade fighter, was killed.', ['Ivan Dorn MEMBER_OF Falcon Brigade']],
  ['Ivan Dorn, a fighter with the Falcon Brigade, was killed.', ['Ivan Dorn MEMBER_OF Falcon Brigade']],
  ['Ivan Dorn, a board member of the Kestrel Bank, said so.', ['Ivan Dorn MEMBER_OF Kestrel Bank']],
  ['Ivan Dorn, a deputy head of the Velmar Group, said so.', ['Ivan Dorn MEMBER_OF Velmar Group']],
  ['Ivan Dorn, vice chairman of the Orvan Party, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  [
    'Orvan Party members Ivan Dorn and Anna Kovic voted against it.',
    ['Ivan Dorn MEMBER_OF Orvan Party', 'Anna Kovic MEMBER_OF Orvan Party'],
  ],
  ['Ivan Dorn, of the Orvan Party, voted against it.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  // The tagger reads the role as an adjective after the organization's name.
  ['An Orvan Front operative, Ivan Dorn, was arrested in Lorton.', ['Ivan Dorn MEMBER_OF Orvan Front']],
  ['Velmar Cartel trafficker Luis Ortega was arrested in Lorton.', ['Luis Ortega MEMBER_OF Velmar Cartel']],
  // An executive of a gang, a syndicate or a cartel is one of its members.
  ['Ivan Dorn, an executive of the Velmar Cartel, was arrested.', ['Ivan Dorn MEMBER_OF Velmar Cartel']],
  ['Kenji Mori is a senior executive of the Orvan-kai syndicate.', ['Kenji Mori MEMBER_OF Orvan-kai']],
  ['Anna Kovic, a senior manager of the Red Lotus Gang, was charged.', ['Anna Kovic MEMBER_OF Red Lotus Gang']],
  // Verbs: joining, belonging, serving, enlisting, fighting for.
  ['Ivan Dorn joined the Orvan Party in 2019.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn, who joined the Orvan Party in 2019, said so.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  [
    'Ivan Dorn, Anna Kovic and Mark Pell joined the Orvan Party.',
    ['Ivan Dorn MEMBER_OF Orvan Party', 'Anna Kovic MEMBER_OF Orvan Party', 'Mark Pell MEMBER_OF Orvan Party'],
  ],
  ['Ivan Dorn belongs to the Orvan Party.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn enlisted in the Falcon Brigade in 2022.', ['Ivan Dorn MEMBER_OF Falcon Brigade']],
  ['Ivan Dorn served in the Falcon Brigade for two years.', ['Ivan Dorn MEMBER_OF Falcon Brigade']],
  ['Ivan Dorn fought for the Falcon Brigade.', ['Ivan Dorn MEMBER_OF Falcon Brigade']],
  ['Ivan Dorn serves on the board of the Kestrel Bank.', ['Ivan Dorn MEMBER_OF Kestrel Bank']],
  [
    'Ivan Dorn was elected to the Orvan Party’s central committee.',
    ['Ivan Dorn MEMBER_OF Orvan Party'],
    'gap: a body of the organization',
  ],
  ['Ivan Dorn was expelled from the Orvan Party in 2020.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  ['Ivan Dorn quit the Orvan Party in 2020.', ['Ivan Dorn MEMBER_OF Orvan Party']],
  // Look-alikes.
  ['Ivan Dorn did not join the Orvan Party.', []],
  ['Ivan Dorn refused to join the Orvan Party.', []],
  ['Ivan Dorn denied being a member of the Falcon Brigade.', []],
  ['Ivan Dorn urged voters to join the Orvan Party.', []],
  ['Ivan Dorn met members of the Orvan Party.', []],
  ['Ivan Dorn may join the Orvan Party.', []],
];

const SPOKESPERSON_FOR: Row[] = [
  ['Anna Kovic, a spokeswoman for the Orvan Party, said so.', ['Anna Kovic SPOKESPERSON_FOR Orvan Party']],
  ['Orvan Party spokesman Ivan Dorn said so.', ['Ivan Dorn SPOKESPERSON_FOR Orvan Party']],
  ['A spokesman for the Orvan Party, Ivan Dorn, said so.', ['Ivan Dorn SPOKESPERSON_FOR Orvan Party']],
  ['Ivan Dorn, the Orvan Party’s spokesman, said so.', ['Ivan Dorn SPOKESPERSON_FOR Orvan Party']],
  ['The Falcon Brigade’s spokesperson, Anna Kovic, said so.', ['Anna Kovic SPOKESPERSON_FOR Falcon Brigade']],
  [
    'According to Ivan Dorn, a spokesman for the Kestrel Bank, profits rose.',
    ['Ivan Dorn SPOKESPERSON_FOR Kestrel Bank'],
  ],
  ['“We deny it,” said Ivan Dorn, spokesman for the Falcon Brigade.', ['Ivan Dorn SPOKESPERSON_FOR Falcon Brigade']],
  ['Kestrel Bank press secretary Anna Kovic said so.', ['Anna Kovic SPOKESPERSON_FOR Kestrel Bank']],
  // A leader's spokesperson speaks for the group (and a member's boss leads it).
  [
    'The Orvan Party held a rally. Its leader Ivan Dorn spoke, and his spokesperson Anna Kovic said so.',
    ['Anna Kovic SPOKESPERSON_FOR Orvan Party', 'Ivan Dorn LEADS Orvan Party'],
  ],
  ['Anna Kovic, the press officer of the Kestrel Bank, said so.', ['Anna Kovic SPOKESPERSON_FOR Kestrel Bank']],
  ['Anna Kovic, speaking on behalf of the Orvan Party, said so.', ['Anna Kovic SPOKESPERSON_FOR Orvan Party']],
  ['Anna Kovic was named spokeswoman for the Orvan Party in May.', ['Anna Kovic SPOKESPERSON_FOR Orvan Party']],
  ['Ivan Dorn serves as the Falcon Brigade’s spokesman.', ['Ivan Dorn SPOKESPERSON_FOR Falcon Brigade']],
  ['Ivan Dorn, who speaks for the Falcon Brigade, denied it.', ['Ivan Dorn SPOKESPERSON_FOR Falcon Brigade']],
  ['The Kremlin’s spokesman, Ivan Dorn, said so.', ['Ivan Dorn SPOKESPERSON_FOR Kremlin']],
  [
    'The Kremlin said, according to spokesman Ivan Dorn, that talks had failed.',
    ['Ivan Dorn SPOKESPERSON_FOR Kremlin'],
  ],
  [
    'Ivan Dorn, a spokesman for the Kestrel Bank, told Reuters that profits rose.',
    ['Ivan Dorn SPOKESPERSON_FOR Kestrel Bank', 'Ivan Dorn SPOKE_TO Reuters'],
  ],
  [
    '“We will not leave,” said Ruken Sido, a spokeswoman for the Women’s Defense Unit (WDU) under the Orvan Army.',
    ['Ruken Sido SPOKESPERSON_FOR Women’s Defense Unit'],
  ],
  // Look-alikes.
  ['Ivan Dorn told a spokesman for the Orvan Party that he disagreed.', []],
  ['Ivan Dorn is not a spokesman for the Orvan Party.', []],
  ['A spokesman for the Orvan Party said Ivan Dorn had left.', []],
];

const SPOKE_TO: Row[] = [
  ['Ivan Dorn told Reuters the talks had failed.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['Ivan Dorn told Example Radio the talks had failed.', ['Ivan Dorn SPOKE_TO Example Radio']],
  ['Ivan Dorn told The New York Times on Monday that the talks had failed.', ['Ivan Dorn SPOKE_TO The New York Times']],
  ['The talks had failed, Ivan Dorn told Reuters.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['“The talks failed,” Ivan Dorn told the BBC.', ['Ivan Dorn SPOKE_TO BBC']],
  ['Ivan Dorn told CNN and the BBC that the talks had failed.', ['Ivan Dorn SPOKE_TO CNN', 'Ivan Dorn SPOKE_TO BBC']],
  ['Ivan Dorn said in an interview with the BBC that the talks had failed.', ['Ivan Dorn SPOKE_TO BBC']],
  ['In an interview with CNN, Ivan Dorn said the talks had failed.', ['Ivan Dorn SPOKE_TO CNN']],
  [
    'Ivan Dorn told the Associated Press in an interview that the talks had failed.',
    ['Ivan Dorn SPOKE_TO Associated Press'],
  ],
  ['In comments to Reuters, Ivan Dorn said the talks had failed.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['The talks had failed, Ivan Dorn said in a statement to Reuters.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['Ivan Dorn gave an interview to Al Jazeera last week.', ['Ivan Dorn SPOKE_TO Al Jazeera']],
  ['Ivan Dorn spoke to Reuters by phone.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['Ivan Dorn was speaking to CNN on Sunday.', ['Ivan Dorn SPOKE_TO CNN']],
  ['Speaking to the BBC, Ivan Dorn said the talks had failed.', ['Ivan Dorn SPOKE_TO BBC']],
  ['Ivan Dorn, speaking to Reuters, said the talks had failed.', ['Ivan Dorn SPOKE_TO Reuters']],
  ['Ivan Dorn said on the BBC’s Today programme that the talks had failed.', ['Ivan Dorn SPOKE_TO BBC']],
  ['Ivan Dorn wrote in The New York Times that the talks had failed.', ['Ivan Dorn SPOKE_TO The New York Times']],
  [
    'Ivan Dorn, the leader of the Orvan Party, told Reuters the talks had failed.',
    ['Ivan Dorn LEADS Orvan Party', 'Ivan Dorn SPOKE_TO Reuters'],
  ],
  [
    '“China is no friend,” said Li Wei, Lorton country director of the Velmar Institute (VI), to the Reuters news agency.',
    ['Li Wei WORKS_FOR Velmar Institute', 'Li Wei SPOKE_TO Reuters'],
  ],
  ['“We will return,” says Anna Kovic, a senior analyst, to the BBC.', ['Anna Kovic SPOKE_TO BBC']],
  // Look-alikes: no outlet, the outlet reporting, a refusal, a body that is no outlet.
  ['Ivan Dorn told reporters that the talks had failed.', []],
  ['Reuters reported that Ivan Dorn had resigned.', []],
  ['Ivan Dorn declined to speak to Reuters.', []],
  ['Ivan Dorn did not respond to a request for comment from Reuters.', []],
  ['Ivan Dorn told the Kestrel Bank that the loan was late.', []],
  ['Ivan Dorn told the Velmar Court that he was innocent.', []],
];

describe.each([
  ['LEADS', LEADS],
  ['WORKS_FOR', WORKS_FOR],
  ['MEMBER_OF', MEMBER_OF],
  ['SPOKESPERSON_FOR', SPOKESPERSON_FOR],
  ['SPOKE_TO', SPOKE_TO],
] as const)('how news states %s', (_type, rows) => {
  for (const [text, relations, fails] of rows) {
    (fails ? it.fails : it)(text, () => expect(stated(text)).toEqual([...relations].sort()));
  }
});
