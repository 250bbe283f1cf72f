// The construction inventory for who is for and against whom (OPPOSES, SUPPORTS, ALLIED_WITH, BANNED): the ways
// news prose states each, as made-up sentences, with the stance relations each must give and no others. Rows the
// chunker or tagger makes impossible today are `it.fails`, with what it gets wrong.
import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../src/model/vocabulary.ts';
import { statedIn } from '../extractText.ts';

const STANCE: RelationType[] = ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH', 'BANNED'];

/** The stance relations stated in `text`, as "A TYPE B"; a symmetric type once per pair, its ends in name order. */
const stanceOf = (text: string, types: RelationType[] = STANCE): string[] =>
  statedIn(text, (r) => types.includes(r.type));

/** A sentence, the stance relations it states, and (for a row about one type only) the types compared. */
type Row = [text: string, relations: string[], types?: RelationType[]];

const check = (text: string, relations: string[], types?: RelationType[]) =>
  expect(stanceOf(text, types)).toEqual([...relations].sort());

const OPPOSES: Row[] = [
  // Fighting, attacking, resisting.
  ['The Example Front has fought the Velmar Army for years.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front is fighting against the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front attacked the Velmar Army on Monday.', ['Example Front OPPOSES Velmar Army']],
  ['The Velmar Army was attacked by the Example Front on Monday.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front, which has long resisted the Velmar Army, lost ground.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front ambushed a Velmar Army convoy.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front launched an offensive against the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front waged war on the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front’s war against the Velmar Army entered its third year.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Front is at war with the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  [
    'Clashes between the Example Front and the Velmar Army left 20 dead.',
    ['Example Front OPPOSES Velmar Army', 'Velmar Army OPPOSES Example Front'],
  ],
  ['The Example Front clashed with the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  [
    'The Example Front and the Velmar Army traded fire on Sunday.',
    ['Example Front OPPOSES Velmar Army', 'Velmar Army OPPOSES Example Front'],
  ],
  ['Ivan Dorn led a mutiny against the Velmar Army.', ['Ivan Dorn OPPOSES Velmar Army']],
  // Opposing in words.
  ['The Example Party opposes the Velmar Group.', ['Example Party OPPOSES Velmar Group']],
  ['Anna Kovic condemned the Velmar Group.', ['Anna Kovic OPPOSES Velmar Group']],
  ['Anna Kovic denounced Ivan Dorn.', ['Anna Kovic OPPOSES Ivan Dorn']],
  ['Anna Kovic sharply criticized the Velmar Group.', ['Anna Kovic OPPOSES Velmar Group']],
  ['Ivan Dorn, a fierce critic of the Velmar Group, spoke on Monday.', ['Ivan Dorn OPPOSES Velmar Group']],
  ['Ivan Dorn, a longtime opponent of Anna Kovic, spoke on Monday.', ['Ivan Dorn OPPOSES Anna Kovic']],
  ['The Example Front, a rival of the Velmar Group, took the town.', ['Example Front OPPOSES Velmar Group']],
  ['The Example Front’s rival, the Velmar Group, took the town.', ['Velmar Group OPPOSES Example Front']],
  ['Norway said the Example Front, an anti-Norway militia, took the town.', ['Example Front OPPOSES Norway']],
  ['The Velmar Group blamed the Example Front for the attack.', ['Velmar Group OPPOSES Example Front']],
  // Accusing, suing, prosecuting, arresting.
  ['The Velmar Group accused Ivan Dorn of fraud.', ['Velmar Group OPPOSES Ivan Dorn']],
  ['The Velmar Group sued the Example Fund in May.', ['Velmar Group OPPOSES Example Fund']],
  ['The Velmar Group filed a lawsuit against the Example Fund.', ['Velmar Group OPPOSES Example Fund']],
  ['The Example Commission charged Ivan Dorn with fraud.', ['Example Commission OPPOSES Ivan Dorn']],
  ['Ivan Dorn was indicted by the Example Commission in April.', ['Example Commission OPPOSES Ivan Dorn']],
  ['The Example Police arrested Ivan Dorn on Friday.', ['Example Police OPPOSES Ivan Dorn']],
  ['Ivan Dorn was detained by the Example Police.', ['Example Police OPPOSES Ivan Dorn']],
  // Defeating and ousting.
  ['Ivan Dorn beat Anna Kovic in the election.', ['Ivan Dorn OPPOSES Anna Kovic']],
  ['Ivan Dorn defeated Anna Kovic in the runoff.', ['Ivan Dorn OPPOSES Anna Kovic']],
  ['Ivan Dorn ousted Anna Kovic in a coup.', ['Ivan Dorn OPPOSES Anna Kovic']],
  ['The Example Front wants to overthrow Ivan Dorn.', ['Example Front OPPOSES Ivan Dorn']],
  ['The Example Front vowed to crush the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  ['The Example Council dissolved the Velmar Assembly.', ['Example Council OPPOSES Velmar Assembly']],
  ['The Example League suspended Ivan Dorn in May.', ['Example League OPPOSES Ivan Dorn']],
  // Firing at, cutting ties, investigating, convicting, taking to court.
  ['The Example Front launched dozens of rockets at the Velmar Army.', ['Example Front OPPOSES Velmar Army']],
  ['Norway cut diplomatic ties with Sweden.', ['Norway OPPOSES Sweden']],
  ['The Example Commission is investigating Ivan Dorn.', ['Example Commission OPPOSES Ivan Dorn']],
  [
    'The Example Commission opened an investigation into the Velmar Group.',
    ['Example Commission OPPOSES Velmar Group'],
  ],
  ['The Example Court convicted Ivan Dorn of fraud.', ['Example Court OPPOSES Ivan Dorn']],
  ['The Velmar Group took the Example Fund to court.', ['Velmar Group OPPOSES Example Fund']],
  ['Example Party critic Ivan Dorn was arrested.', ['Ivan Dorn OPPOSES Example Party'], ['OPPOSES']],
  ['Anna Kovic is a longtime opponent of Ivan Dorn.', ['Anna Kovic OPPOSES Ivan Dorn']],
  ['Ivan Dorn’s main rival, Anna Kovic, conceded.', ['Anna Kovic OPPOSES Ivan Dorn']],
  ['Anna Kovic took a firm stance against the Velmar Group.', ['Anna Kovic OPPOSES Velmar Group']],
  // What the accused is accused of doing against someone: the accused opposes them (the accuser, by the trigger).
  [
    'Anna Kovic has accused Ivan Dorn of plotting to kill her.',
    ['Anna Kovic OPPOSES Ivan Dorn', 'Ivan Dorn OPPOSES Anna Kovic'],
  ],
  ['Norway accused the Velmar Army of plotting to overthrow Ivan Dorn.', ['Velmar Army OPPOSES Ivan Dorn']],
  [
    'Prosecutors in Lima accused Juan Quispe Mamani of trying to murder Rosa Huaman, a judge.',
    ['Juan Quispe Mamani OPPOSES Rosa Huaman'],
  ],
  [
    'Norway blamed the Example Front for attacking the Velmar Army.',
    ['Example Front OPPOSES Velmar Army', 'Norway OPPOSES Example Front'],
  ],
  [
    'The Example Front accuses the Velmar Army of preparing to attack Mehmet Yilmaz.',
    ['Example Front OPPOSES Velmar Army', 'Velmar Army OPPOSES Mehmet Yilmaz'],
  ],
  [
    'The Example Party accused Ivan Dorn of trying to undermine Anna Kovic.',
    ['Example Party OPPOSES Ivan Dorn', 'Ivan Dorn OPPOSES Anna Kovic'],
  ],
  // Arresting a group's leaders or members; challenging a rival; fighting between two sides opening a sentence.
  [
    'The Example Police arrested 11 senior leaders from the Velmar Brigade and the Lorton Gang.',
    ['Example Police OPPOSES Lorton Gang', 'Example Police OPPOSES Velmar Brigade'],
  ],
  [
    'The Example Police, which acted on a tip, detained two bosses of the Velmar Cartel.',
    ['Example Police OPPOSES Velmar Cartel'],
  ],
  [
    'The Policia Federal has jailed three operatives from the Velmar Cartel.',
    ['Policia Federal OPPOSES Velmar Cartel'],
  ],
  ['The Example Police arrested 11 leaders in Oslo.', []],
  ['Ivan Dorn will be flag-bearer, challenging President Anna Kovic.', ['Ivan Dorn OPPOSES Anna Kovic']],
  ['Anna Kovic challenged Ivan Dorn in the primary.', ['Anna Kovic OPPOSES Ivan Dorn']],
  [
    'Fighting between the Example Army and Velmar Front rebels intensified on Saturday.',
    ['Example Army OPPOSES Velmar Front', 'Velmar Front OPPOSES Example Army'],
  ],
  [
    'Fighting between Norway and the Velmar Front resumed in the north.',
    ['Norway OPPOSES Velmar Front', 'Velmar Front OPPOSES Norway'],
  ],
  // Killing, assassinating, kidnapping someone.
  [
    'Velmar Group mercenaries have reportedly been tasked with assassinating Ivan Dorn.',
    ['Velmar Group OPPOSES Ivan Dorn'],
  ],
  ['Gunmen of the Example Front assassinated Mehmet Yilmaz in Ankara.', ['Example Front OPPOSES Mehmet Yilmaz']],
  [
    'The Velmar Brigade kidnaps Aisha Bello, a local official, every year it is said.',
    ['Velmar Brigade OPPOSES Aisha Bello'],
  ],
  ['The Example Front murdered Anna Kovic last year.', ['Example Front OPPOSES Anna Kovic']],
  // Negation, denial, other relations: no opposition.
  ['The Example Front did not attack the Velmar Army.', []],
  ['The Example Front denied attacking the Velmar Army.', []],
  ['Talks between the Example Front and the Velmar Army resumed.', []],
  ['Ivan Dorn was accused of fraud.', []],
  ['Ivan Dorn met Anna Kovic in Oslo.', []],
  ['The Example Commission did not open an investigation into the Velmar Group.', []],
  ['The Example Front fought alongside the Velmar Army.', [], ['OPPOSES']],
  ['Ivan Dorn, a supporter of the Velmar Group, spoke on Monday.', [], ['OPPOSES']],
];

const SUPPORTS: Row[] = [
  // Verbs of backing, arming, funding.
  ['Norway has backed the Example Front since 2019.', ['Norway SUPPORTS Example Front']],
  ['The Example Front is backed by Norway.', ['Norway SUPPORTS Example Front']],
  ['The Example Front, backed by Norway, took the town.', ['Norway SUPPORTS Example Front']],
  ['The Example Front, which is funded by Norway, took the town.', ['Norway SUPPORTS Example Front']],
  ['Norway has armed the Example Front for years.', ['Norway SUPPORTS Example Front']],
  ['Norway has funded the Example Front since 2019.', ['Norway SUPPORTS Example Front']],
  ['Norway supplied the Example Front with weapons.', ['Norway SUPPORTS Example Front']],
  ['Norway provided weapons to the Example Front.', ['Norway SUPPORTS Example Front']],
  ['Norway sent military aid to the Example Front.', ['Norway SUPPORTS Example Front']],
  ['Ivan Dorn endorsed Anna Kovic for president.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Ivan Dorn, who backs the Example Party, spoke on Monday.', ['Ivan Dorn SUPPORTS Example Party']],
  ['Norway recognized Ivan Dorn as the winner of the vote.', ['Norway SUPPORTS Ivan Dorn']],
  ['Ivan Dorn praised the Velmar Group.', ['Ivan Dorn SUPPORTS Velmar Group']],
  ['Ivan Dorn sided with Anna Kovic.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Norway intervened on behalf of the Example Front.', ['Norway SUPPORTS Example Front']],
  ['Norway came to the aid of the Example Front.', ['Norway SUPPORTS Example Front']],
  ['The Example Front is sponsored by Norway.', ['Norway SUPPORTS Example Front']],
  ['Norway helped the Example Front.', ['Norway SUPPORTS Example Front']],
  // Compounds and stance words.
  ['The Norway-backed Example Front took the town.', ['Norway SUPPORTS Example Front']],
  ['Fighters of the Norway-funded Example Front crossed the river.', ['Norway SUPPORTS Example Front']],
  ['The pro-Norway Example Front took the town, Norway said.', ['Example Front SUPPORTS Norway']],
  // A coalition of X-backed factions is backed by X.
  [
    'The Example Front (EF), an umbrella of Norway-backed factions, seized the town.',
    ['Norway SUPPORTS Example Front'],
  ],
  ['The Velmar Alliance is a coalition of Sweden-funded militias.', ['Sweden SUPPORTS Velmar Alliance']],
  [
    'Rebels of the Lorton Network, a network of Chad-sponsored groups, said it took the town.',
    ['Chad SUPPORTS Lorton Network'],
  ],
  ['The Example Front, an umbrella of Norway-based factions, took the town.', [], ['SUPPORTS']],
  // Nouns: support, backer, supporter, loyal to.
  ['Norway’s support for the Example Front angered Sweden.', ['Norway SUPPORTS Example Front']],
  ['Norway voiced support for the Example Front.', ['Norway SUPPORTS Example Front']],
  ['The Example Front receives funding from Norway.', ['Norway SUPPORTS Example Front']],
  ['Ivan Dorn, a supporter of Anna Kovic, spoke on Monday.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Ivan Dorn is a longtime backer of Anna Kovic.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Norway, a key backer of the Example Front, denied it.', ['Norway SUPPORTS Example Front']],
  ['Ivan Dorn, a close ally of Anna Kovic, spoke on Monday.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Anna Kovic ally Ivan Dorn spoke on Monday.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['Example Party supporter Ivan Dorn spoke on Monday.', ['Ivan Dorn SUPPORTS Example Party']],
  ['Ivan Dorn is close to Anna Kovic.', ['Ivan Dorn SUPPORTS Anna Kovic']],
  ['The Example Front, a proxy of Norway, took the town.', ['Norway SUPPORTS Example Front']],
  ['Norway has pledged military aid to the Example Front.', ['Norway SUPPORTS Example Front']],
  ['The Example Court, which is loyal to Ivan Dorn, ruled on Monday.', ['Example Court SUPPORTS Ivan Dorn']],
  ['The Example Front, with the support of Norway, took the town.', ['Norway SUPPORTS Example Front']],
  // Receiving several kinds of aid, from a country or its government.
  [
    'Dorn said Example Front forces had received supplies and support from the government of neighbouring Norway.',
    ['Norway SUPPORTS Example Front'],
  ],
  ['The Example Front receives weapons and money from Norway.', ['Norway SUPPORTS Example Front']],
  [
    'The Velmar Brigade has obtained training, weapons from the Lorton Group.',
    ['Lorton Group SUPPORTS Velmar Brigade'],
  ],
  ['The Example Front got support from the authorities of Chad, a rebel said.', ['Chad SUPPORTS Example Front']],
  // What the accused is accused of doing or giving, or the praised praised for: theirs, not the accuser's.
  ['The Example Ministry accused Norway of backing the Example Front.', ['Norway SUPPORTS Example Front']],
  ['Kigali accuses Kampala of supporting the Example Front.', ['Kampala SUPPORTS Example Front']],
  [
    'Anna Kovic praised the Example Front for helping the Velmar Brigade.',
    ['Anna Kovic SUPPORTS Example Front', 'Example Front SUPPORTS Velmar Brigade'],
  ],
  [
    'Western powers accuse Norway of providing arms and sending soldiers to fight with the Example Front.',
    ['Norway SUPPORTS Example Front'],
  ],
  ['Sweden accused Norway of supplying weapons to the Velmar Brigade.', ['Norway SUPPORTS Velmar Brigade']],
  [
    'Kigali has accused Kampala of sending troops to fight alongside the Example Front.',
    ['Kampala SUPPORTS Example Front'],
    ['SUPPORTS'],
  ],
  ['Sweden accused Norway of sending letters to the Velmar Brigade.', []],
  // What the sanctioned is sanctioned for providing.
  [
    'In turn, the Velmar Bank was sanctioned for the provision of financial services to the Lorton Company.',
    ['Velmar Bank SUPPORTS Lorton Company'],
    ['SUPPORTS'],
  ],
  [
    'The Velmar Bank was designated for the supply of fuel to the Example Front.',
    ['Velmar Bank SUPPORTS Example Front'],
    ['SUPPORTS'],
  ],
  [
    'Daewon Trading, a firm in Busan, is sanctioned for the delivery of oil to the Velmar Shipping Company.',
    ['Daewon Trading SUPPORTS Velmar Shipping Company'],
    ['SUPPORTS'],
  ],
  ['The Velmar Bank was sanctioned for the provision of loans.', [], ['SUPPORTS']],
  // Negation, denial, the opposite stance.
  ['Norway denied backing the Example Front.', []],
  ['Norway has not armed the Example Front.', []],
  ['Norway refused to fund the Example Front.', []],
  ['Lorton is close to Norway.', []],
  ['The anti-Norway Example Front took the town.', [], ['SUPPORTS']],
  ['Ivan Dorn, a fierce critic of Anna Kovic, spoke on Monday.', [], ['SUPPORTS']],
  // A participle the tagger calls an adjective before its object is the verb (structure repair, session 7).
  ['Norway trained and armed the Example Front.', ['Norway SUPPORTS Example Front']],
  ['Norway secretly armed the Example Front.', ['Norway SUPPORTS Example Front']],
];

const ALLIED_WITH: Row[] = [
  ['The Example Front allied with the Velmar Army in May.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front is allied with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front, an ally of the Velmar Army, took the town.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front’s ally, the Velmar Army, took the town.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front and the Velmar Army formed an alliance.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front formed an alliance with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front fought alongside the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front teamed up with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front joined forces with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front cooperated with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front sided with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front acted in concert with the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['Norway acted in coordination with Finland.', ['Finland ALLIED_WITH Norway']],
  ['A coalition of the Example Front and the Velmar Army took the town.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front, in alliance with the Velmar Army, took the town.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front and the Velmar Army are allies.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front has close ties to the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Example Front is thought to have links to the Velmar Army.', ['Example Front ALLIED_WITH Velmar Army']],
  ['The Norway-linked Example Front took the town.', ['Example Front ALLIED_WITH Norway']],
  [
    'The Example Front and the Velmar Army launched a joint offensive.',
    ['Example Front ALLIED_WITH Velmar Army'],
    ['ALLIED_WITH'],
  ],
  [
    'The alliance, which is anchored by the Example Front and the Velmar Army, took the town.',
    ['Example Front ALLIED_WITH Velmar Army'],
  ],
  ['Norway and Finland signed a defence pact.', ['Finland ALLIED_WITH Norway']],
  ['Norway signed a defence pact with Finland.', ['Finland ALLIED_WITH Norway']],
  // Negation and the opposite stance.
  ['The Example Front did not ally with the Velmar Army.', []],
  ['The Example Front, a gang based in Norway, which had links to Sweden and Finland, smuggled fish.', []],
  ['The Example Front fought the Velmar Army.', [], ['ALLIED_WITH']],
  ['Talks between the Example Front and the Velmar Army resumed.', []],
];

const BANNED: Row[] = [
  ['Norway banned the Example Front in 2019.', ['Norway BANNED Example Front']],
  ['The Example Front was banned by Norway in 2019.', ['Norway BANNED Example Front']],
  ['Norway outlawed the Example Front.', ['Norway BANNED Example Front']],
  ['Norway has proscribed the Example Front.', ['Norway BANNED Example Front']],
  ['Norway designated the Example Front as a terrorist organization.', ['Norway BANNED Example Front']],
  ['Norway declared the Example Front a terrorist organization.', ['Norway BANNED Example Front']],
  ['Norway considers the Example Front a terrorist group.', ['Norway BANNED Example Front']],
  ['Norway has long listed the Example Front as a terrorist organisation.', ['Norway BANNED Example Front']],
  ['The Example Front, designated a terrorist group by Norway, took the town.', ['Norway BANNED Example Front']],
  ['The Example Front is considered a terrorist organization by Norway.', ['Norway BANNED Example Front']],
  [
    'Norway and Finland have banned the Example Front.',
    ['Finland BANNED Example Front', 'Norway BANNED Example Front'],
  ],
  ['Norway imposed sanctions on the Velmar Group.', ['Norway BANNED Velmar Group'], ['BANNED']],
  ['Norway announced sanctions against the Velmar Group.', ['Norway BANNED Velmar Group'], ['BANNED']],
  ['Norway slapped sanctions on the Velmar Group.', ['Norway BANNED Velmar Group'], ['BANNED']],
  ['Norway’s sanctions on the Velmar Group took effect.', ['Norway BANNED Velmar Group'], ['BANNED']],
  ['The Velmar Group was sanctioned by Norway.', ['Norway BANNED Velmar Group']],
  ['Norway sanctioned the Velmar Group in May.', ['Norway BANNED Velmar Group']],
  ['Norway blacklisted the Velmar Group.', ['Norway BANNED Velmar Group']],
  ['Norway froze the assets of the Velmar Group.', ['Norway BANNED Velmar Group']],
  ['Norway added the Velmar Group to its sanctions list.', ['Norway BANNED Velmar Group']],
  ['Norway has placed the Velmar Group under sanctions.', ['Norway BANNED Velmar Group']],
  ['Funds went to the Norway-sanctioned Velmar Group.', ['Norway BANNED Velmar Group']],
  ['The Example Front, a Norway-designated terrorist organization, took the town.', ['Norway BANNED Example Front']],
  ['The U.S.-designated terrorist group Example Front took the town.', ['United States BANNED Example Front']],
  [
    'Sweden said the Velmar Brigade, a Finland-listed terror group, fired rockets.',
    ['Finland BANNED Velmar Brigade'],
    ['BANNED'],
  ],
  ['The Example Front, a Norway-designated partner, took the town.', []],
  ['The Example Front is banned in Norway.', ['Norway BANNED Example Front']],
  // The imposition of sanctions, by whoever announces or owns it.
  [
    'The Example Ministry announced the imposition of sanctions on the Velmar Bank.',
    ['Example Ministry BANNED Velmar Bank'],
  ],
  ['Norway’s imposition of new sanctions against the Lorton Group angered Sweden.', ['Norway BANNED Lorton Group']],
  [
    'The Example Ministry also announced the imposition of sanctions on a group backed by Sweden, which has 45 members, as well as on the Velmar Bank.',
    ['Example Ministry BANNED Velmar Bank'],
    ['BANNED'],
  ],
  ['The imposition of sanctions on the Velmar Bank was delayed.', []],
  // Negation, hedging, requests, lifting: no ban.
  ['Norway has not sanctioned the Velmar Group.', []],
  ['Anna Kovic called on Norway to sanction the Velmar Group.', [], ['BANNED']],
  ['Norway lifted sanctions on the Velmar Group.', [], ['BANNED']],
  ['Anna Kovic asked Norway to ban the Example Front.', [], ['BANNED']],
  ['Norway banned the export of fish to Sweden.', []],
  ['Norway considers the Example Front a serious threat.', []],
];

/**
 * Rows the tagger or chunker makes impossible today (they hold once it reads them right), and one rule gap:
 * - the tagger calls an -s verb after an apposition a noun ("X, the opposition candidate, challenges Y");
 * - the tagger calls an -ing verb after "of" a noun ("accuses X of arming Y", "of planning to attack Y");
 * - the tagger calls a verb right after a subject name a noun ("Norway lists"), so no verb group is found;
 * - a participle with a place after an apposition ("X, a group outlawed in Y") is read as the active verb of "a
 *   group", which is then not in apposition with X.
 */
const KNOWN_GAPS: Row[] = [
  ['Raila Amolo, the opposition candidate, challenges Uhuru Kamau in the vote.', ['Raila Amolo OPPOSES Uhuru Kamau']],
  ['Kigali accuses Kampala of arming the Example Front.', ['Kampala SUPPORTS Example Front']],
  [
    'The Example Front accuses the Velmar Army of planning to attack Mehmet Yilmaz.',
    ['Example Front OPPOSES Velmar Army', 'Velmar Army OPPOSES Mehmet Yilmaz'],
  ],
  [
    'The Example Front, which Norway lists as a terrorist organization, took the town.',
    ['Norway BANNED Example Front'],
  ],
  ['The Example Front, a group outlawed in Norway, took the town.', ['Norway BANNED Example Front']],
  // Not the tagger's: a pattern cannot look back from "its ban on X" to the verb "lifted" that undoes it.
  ['Norway lifted its ban on the Example Front.', [], ['BANNED']],
];

describe.each([
  ['OPPOSES', OPPOSES],
  ['SUPPORTS', SUPPORTS],
  ['ALLIED_WITH', ALLIED_WITH],
  ['BANNED', BANNED],
] as const)('how news states %s', (_type, rows) => {
  it.each(rows)('%s', check);
});

describe('stance constructions the tagger or chunker misreads', () => {
  it.fails.each(KNOWN_GAPS)('%s', check);
});
