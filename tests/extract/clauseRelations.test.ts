// Relations a verb states through the clause it is in: passives and participles with "by", relative clauses that
// leave their object out, "where" clauses, places of an action, and the verb classes these fill. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { extractText, relationLabel } from './extractText.ts';

function relationsOf(text: string): string[] {
  const x = extractText(text);
  return x.relations.map((r) => relationLabel(x, r));
}

describe('relations stated through the clause', () => {
  it.each([
    // A participle after a parenthesis describes the phrase before it.
    [
      'The ruling coalition Example Alliance (EA) headed by Ivan Dorn won only 79 seats.',
      'Ivan Dorn LEADS Example Alliance',
    ],
    // Coordinated subjects of a passive whose auxiliary and participle a quantifier separates.
    [
      'The Example Front and the Velmar Group are both listed as terrorist organizations by Norway.',
      'Norway BANNED Velmar Group',
    ],
    ['Telecom Alpha is 60% owned by the Velmar Group.', 'Velmar Group CONTROLS Telecom Alpha'],
    // The object a relative clause leaves out is the phrase it describes.
    ['The Kodokai faction, which Ivan Dorn most recently led, was dissolved.', 'Ivan Dorn LEADS Kodokai'],
    // A "where" clause: its action or location is in the place it describes.
    [
      'Fighting resumed in Bergen, where the Example Front has carried out multiple raids.',
      'Example Front ACTIVE_IN Bergen',
    ],
    [
      'Lorton township, where the Example Army’s Western Command is located, fell on Monday.',
      'Western Command LOCATED_IN Lorton township',
    ],
    // A place phrase anywhere in the action's stretch, past the chunker's attachment to the nearest noun.
    [
      'Since January, the Example Front have launched drones and missiles at least 14 times at ships in the Red Sea.',
      'Example Front ACTIVE_IN Red Sea',
    ],
    ['The Example Army bombed more than 60 targets in Lorton on Thursday.', 'Example Army ACTIVE_IN Lorton'],
    // Verb classes: accusing, working with; killing in a place; after "according to", the clause's own subject.
    ['The Velmar Group accused the Example Fund of fraud.', 'Velmar Group OPPOSES Example Fund'],
    [
      'The Example Police, working with the Velmar Agency, began the probe.',
      'Example Police ALLIED_WITH Velmar Agency',
    ],
    ['The Example Front killed 20 soldiers in Lorton.', 'Example Front ACTIVE_IN Lorton'],
    // Fighting happens somewhere: the place phrases of a fighting verb, past its partner or opponent.
    [
      'The Example Front has fought alongside regular Velmar Group forces in eastern Norway.',
      'Example Front ACTIVE_IN Norway',
    ],
    ['The Example Front clashed with the Velmar Group near Lorton.', 'Example Front ACTIVE_IN Lorton'],
    // A "where" clause goes on past an apposition inside it.
    [
      'Fighting spread to Bergen, where another insurgency, the Example Front, has fought the army for years.',
      'Example Front ACTIVE_IN Bergen',
    ],
    // "in a city and its twin city of X": the "of" of a place phrase names the place.
    [
      'The Example Front had occupied hospitals and homes in Lorton and its twin city of Bergen.',
      'Example Front ACTIVE_IN Bergen',
    ],
    ['Example Front troops are stationed in Lorton.', 'Example Front ACTIVE_IN Lorton'],
    // A coordinated verb has the subject of the verb it is coordinated with, inside what was said.
    [
      'Norway said Ivan Dorn telephoned her and promised to continue to support the Example Front.',
      'Ivan Dorn SUPPORTS Example Front',
    ],
    [
      'According to the ministry, Example Front fighters, alongside army units, massacred 500 people in Lorton.',
      'Example Front ACTIVE_IN Lorton',
    ],
    // References: "the country" is the country the story names most (the first on a tie); "the rebel army", "the
    // conglomerate" refer back to the group or company named before.
    [
      'Norway has been hit hard. The Example Front has stepped up its attacks on soldiers across the country.',
      'Example Front ACTIVE_IN Norway',
    ],
    [
      'Officials in Norway and Norway’s army said Sweden sent help. The Example Front stepped up its attacks on soldiers across the country.',
      'Example Front ACTIVE_IN Norway',
    ],
    [
      'The Example Front seized Bergen. The rebel army has also captured a town in Lorton province.',
      'Example Front ACTIVE_IN Lorton province',
    ],
    [
      'The conglomerate Velmar Holdings bought a port. The conglomerate, controlled by Ivan Dorn, said profits rose.',
      'Ivan Dorn CONTROLS Velmar Holdings',
    ],
    // A reduced passive describes the phrase before it when only that one names something.
    [
      'The army met resistance from the militias loyal to the Islamist Velmar group led by Sheikh Ivan Dorn, a cleric.',
      'Ivan Dorn LEADS Velmar',
    ],
    // A naming participle does not end the action's stretch.
    [
      'The Example Police conducted an operation dubbed Nightfall in the Lorton area.',
      'Example Police ACTIVE_IN Lorton',
    ],
    // Smuggling into a place; holding or fighting for control of a place or a company.
    ['The Example Cartel smuggles drugs into towns across Norway.', 'Example Cartel ACTIVE_IN Norway'],
    [
      'The Example Cartel has used violence to maintain control of its territories in northeast Norway.',
      'Example Cartel ACTIVE_IN Norway',
    ],
    [
      'The Example Front has been fighting the army for control of Bergen since April.',
      'Example Front ACTIVE_IN Bergen',
    ],
    ['Ivan Dorn gained control of the Velmar Group in 2019.', 'Ivan Dorn CONTROLS Velmar Group'],
    ['Anna Kovic manages the Velmar Fund.', 'Anna Kovic LEADS Velmar Fund'],
    // A compass word before a place is part of its phrase.
    ['The Example Front operates in southwest Norway.', 'Example Front ACTIVE_IN Norway'],
    // An invasion or occupation of a place by its possessor; a defender thwarting an attack in a place (headline).
    ['Norway’s invasion of Sweden began in May.', 'Norway ACTIVE_IN Sweden'],
    ['Example Army says it thwarted Example Front attack in Bergen', 'Example Army ACTIVE_IN Bergen'],
    // The examples "including" gives of an object with no name of its own.
    ['The Velmar Group owns several businesses, including Telecom Alpha.', 'Velmar Group CONTROLS Telecom Alpha'],
    // A name before a title only describes the person: "its" is the organization the sentence is about.
    [
      'Velmar Agency Minister Ivan Dorn said talks with the Example Front over its invasion of Bergen failed.',
      'Example Front ACTIVE_IN Bergen',
    ],
    // "when" opens a clause with its own subject; an -ly adverb and a quotation mark stay inside their phrase.
    [
      'Fighting erupted in July when the Example Front, a loosely organised militia, clashed with the Velmar Group.',
      'Example Front OPPOSES Velmar Group',
    ],
    ['The Example Army said it had carried out a "targeted strike" in Bergen.', 'Example Army ACTIVE_IN Bergen'],
    // Attacking a group's strongholds opposes the group as well as placing the attacker.
    [
      'The Example Front started attacking Velmar Group strongholds in Bergen on Friday.',
      'Example Front OPPOSES Velmar Group',
    ],
    // What a group includes is part of it; the examples of a place phrase are places of the action.
    ['The Example Alliance also includes the Velmar Brigade.', 'Velmar Brigade PART_OF Example Alliance'],
    [
      'The Example Front has launched raids in several towns, including Bergen and Lorton.',
      'Example Front ACTIVE_IN Bergen',
    ],
    // "its" right after a country and its verb is that country's; a number of troops "about" a figure is a subject.
    ['Norway widened its campaign against the Example Front.', 'Norway OPPOSES Example Front'],
    ['About 300 Example Front troops are stationed in Bergen.', 'Example Front ACTIVE_IN Bergen'],
    // "the ruling party" refers back to the party the text called so.
    [
      'The ruling party, the Velmar Party, won. The ruling party’s leader, Ivan Dorn, spoke.',
      'Ivan Dorn LEADS Velmar Party',
    ],
    ['Norway’s ruling Velmar Party won. The ruling party’s leader, Ivan Dorn, spoke.', 'Ivan Dorn LEADS Velmar Party'],
    // A place under a group's control; firing into a place.
    ['Bergen had been under the control of the Example Front since May.', 'Example Front ACTIVE_IN Bergen'],
    ['The Example Army is firing into Bergen using artillery.', 'Example Army ACTIVE_IN Bergen'],
  ])('%s -> %s', (sentence, relation) => {
    expect(relationsOf(sentence)).toContain(relation);
  });

  it.each([
    // A participle set off by a comma describes the phrase the described one hangs on: the splinter group is led.
    ['A splinter group of the Velmar Front, led by commander Ivan Dorn, claimed the attack.', 'LEADS'],
    // Accusations between governments are rhetoric; without "of" an accusation states nothing.
    ['The Velmar Group accused Norway of interference in the vote.', 'OPPOSES'],
    ['Norway accused the Example Front on Monday.', 'OPPOSES'],
    // A person working with an organization is not an alliance.
    ['Ivan Dorn worked with the Velmar Agency for a decade.', 'ALLIED_WITH'],
    // A relative clause whose subject is the phrase it describes has no object left out.
    ['The Kodokai faction, which led the protests, hired Ivan Dorn.', 'LEADS'],
    // A "where" clause with a verb that places nothing.
    ['Talks were held in Bergen, where Ivan Dorn told Radio Lorton the truce would hold.', 'ACTIVE_IN'],
    // A place after the next verb, or of something else than the action, is not the action's.
    ['The Example Front launched drones at ships, said officials in Bergen.', 'ACTIVE_IN'],
    ['The Example Front was involved in targeting strikes during the war in Lorton.', 'ACTIVE_IN'],
    // What is conducted or launched is an event, not a side it opposes.
    ['The Example Police conducted an operation dubbed Ivan Dorn in the port.', 'OPPOSES'],
    // The speaker of a coordinated verb inside what was said is not its subject.
    ['Norway said Ivan Dorn telephoned her and promised to continue to support the Example Front.', 'Norway SUPPORTS'],
    // A "where" clause after a list is about its last place only; condemning is not done in a place.
    [
      'The rebels attacked Lorton and Bergen, where the Example Front has fought for years.',
      'Example Front ACTIVE_IN Lorton',
    ],
    ['The Example Front condemned the strikes in Lorton.', 'ACTIVE_IN'],
    // A participle after a phrase with no "by" is not a passive.
    ['The coalition (EA) headed south to Lorton.', 'LEADS'],
    // "The country" with no country named before; "the army" alone is the state's, not a rebel group's.
    ['The Example Front stepped up its attacks on soldiers across the country.', 'ACTIVE_IN'],
    [
      'Officials in Norway and Norway’s army said Sweden sent help. The Example Front stepped up its attacks on soldiers across the country.',
      'Example Front ACTIVE_IN Sweden',
    ],
    [
      'The Example Front seized Bergen. The army has also captured a town in Lorton province.',
      'Example Front ACTIVE_IN Lorton',
    ],
    // Losing control is not holding it; managing to do something manages nothing.
    ['The Example Cartel lost control of the Velmar Group.', 'CONTROLS'],
    ['Anna Kovic managed to leave the Velmar Fund.', 'LEADS'],
    // What was smuggled where someone else said it.
    ['The Example Cartel smuggled drugs, officials in Bergen said.', 'ACTIVE_IN'],
    // An invasion no one is said to own; an object that names no examples.
    ['Norway condemned the invasion of Sweden.', 'ACTIVE_IN'],
    ['The Velmar Group owns several businesses and works with Telecom Alpha.', 'CONTROLS'],
    [
      'Velmar Agency Minister Ivan Dorn said talks with the Example Front over its invasion of Bergen failed.',
      'Velmar Agency ACTIVE_IN',
    ],
    // A place inside the object is no side; a list "including" names examples, not parts.
    ['The Example Front attacked Bergen strongholds on Friday.', 'OPPOSES'],
    ['The Example Alliance fought several groups, including the Velmar Brigade.', 'PART_OF'],
    // "its" after a group named since the country is the group's.
    ['Norway condemned the Example Front and its campaign against Sweden.', 'Norway OPPOSES Sweden'],
    // With no party called the ruling one, "the ruling party" stands for none.
    ['The Velmar Party won. The ruling party’s leader, Ivan Dorn, spoke.', 'LEADS'],
    // A place that fell out of a group's control.
    ['Bergen slipped out of the control of the Example Front in May.', 'ACTIVE_IN'],
  ])('%s states no %s', (sentence, unwanted) => {
    expect(relationsOf(sentence).filter((r) => ` ${r} `.includes(` ${unwanted} `))).toEqual([]);
  });
});
