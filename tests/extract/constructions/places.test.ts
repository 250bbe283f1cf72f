// The construction inventory for where things are and what belongs to what (LOCATED_IN, ACTIVE_IN, PART_OF,
// CONTROLS): the ways news prose states each relation, one made-up sentence per row, positive and negative, written
// from general knowledge of English news, not from any test article. Each row says what the whole extractor states
// of that one type in the sentence, whatever rule states it.
import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../src/model/vocabulary.ts';
import { statedIn } from '../extractText.ts';

/** The relations of `type` extracted from `text`, as "Source TYPE Target". */
const stated = (type: RelationType, text: string): string[] => statedIn(text, (r) => r.type === type);

type Row = [text: string, relations: string[]];

const rows = (type: RelationType, table: Row[]) => table.map(([text, relations]) => [type, text, relations] as const);

/** Where a place or an organization is. */
const LOCATED_IN: Row[] = [
  // Apposition: "X, a town in Y", "X, the capital of Y", "X, Y".
  ['Stavanger, a small city in western Norway, was flooded.', ['Stavanger LOCATED_IN Norway']],
  ['Bergen, a port city in Norway, hosted the talks.', ['Bergen LOCATED_IN Norway']],
  ['Bergen, a region in south west Norway, hosted the talks.', ['Bergen LOCATED_IN Norway']],
  ['Bergen, a large plain in the Vell province, was flooded.', ['Bergen LOCATED_IN Vell province']],
  ['Bergen, the second-largest city in Norway, hosted the talks.', ['Bergen LOCATED_IN Norway']],
  ['Oslo, the capital of Norway, hosted the talks.', ['Oslo LOCATED_IN Norway']],
  ['The talks were held in Oslo, Norway, on Monday.', ['Oslo LOCATED_IN Norway']],
  ['Delegates flew from Austin, Texas, to the talks.', ['Austin LOCATED_IN Texas']],
  ['OSLO, Norway (AP) — The talks opened on Monday.', ['Oslo LOCATED_IN Norway']],
  ['Bergen is a city in western Norway.', ['Bergen LOCATED_IN Norway']],
  ['Stavanger, which lies in the Vell region, was flooded.', ['Stavanger LOCATED_IN Vell region']],
  ['Stavanger, located in the Vell region, was flooded.', ['Stavanger LOCATED_IN Vell region']],
  ['Stavanger, in Norway’s far south, was flooded.', ['Stavanger LOCATED_IN Norway']],
  ['Stavanger, in western Norway, was flooded.', ['Stavanger LOCATED_IN Norway']],
  // A place named with the place it is in, before or after it.
  ['Shelling hit Stavanger in the Vell region on Monday.', ['Stavanger LOCATED_IN Vell region']],
  ['Shelling hit Stavanger in western Norway on Monday.', ['Stavanger LOCATED_IN Norway']],
  ['Troops reached the Vell region of Norway.', ['Vell region LOCATED_IN Norway']],
  ['Troops reached the Vell province in northern Norway.', ['Vell province LOCATED_IN Norway']],
  ['Troops reached Norway’s Vell province on Monday.', ['Vell province LOCATED_IN Norway']],
  ['Troops reached Norway’s northern province of Vell.', ['Vell LOCATED_IN Norway']],
  [
    'Troops reached the town of Dornik in Norway’s Vell province.',
    ['Dornik LOCATED_IN Vell province', 'Vell province LOCATED_IN Norway'],
  ],
  // Organizations and buildings where they sit.
  ['The Oslo-based Velmar Group denied the report.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group, an Oslo-based lender, denied the report.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group, headquartered in Oslo, denied the report.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group, which is based in Oslo, denied the report.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group is based in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group has its headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
  ['Velmar Group, a Norwegian lender based in Oslo, denied the report.', ['Velmar Group LOCATED_IN Oslo']],
  ['Protesters gathered outside the Velmar Institute in Oslo.', ['Velmar Institute LOCATED_IN Oslo']],
  ['The case was heard at the Lorton District Court in Bergen.', ['Lorton District Court LOCATED_IN Bergen']],
  ['Protesters gathered at the Lorton hotel in Bergen.', ['Lorton hotel LOCATED_IN Bergen']],
  ['Police raided the Velmar Group’s headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
  [
    'Fighting raged in Dornik, a village in Norway’s Vell province.',
    ['Dornik LOCATED_IN Vell province', 'Vell province LOCATED_IN Norway'],
  ],
  ['The city of Bergen, in western Norway, was flooded.', ['Bergen LOCATED_IN Norway']],
  ['The Lorton Bank is headquartered in Oslo, Norway.', ['Lorton Bank LOCATED_IN Oslo', 'Oslo LOCATED_IN Norway']],
  ['Lorton Bank moved its headquarters to Oslo.', ['Lorton Bank LOCATED_IN Oslo']],
  ['The raid was run out of Velmar Group headquarters in Oslo.', ['Velmar Group LOCATED_IN Oslo']],
  ['Protesters gathered at the Example Party headquarters in Bergen on Monday.', ['Example Party LOCATED_IN Bergen']],
  ['Agents searched Lorton Bank’s former HQ in Stavanger.', ['Lorton Bank LOCATED_IN Stavanger']],
  ['The raid was run out of the headquarters in Oslo.', []],
  // Places in a larger one, then some of them: "towns in Y, including A and B".
  [
    'Jets hit villages in Norway, including Bergen and Stavanger.',
    ['Bergen LOCATED_IN Norway', 'Stavanger LOCATED_IN Norway'],
  ],
  [
    'The floods, officials said on Monday, swept through several cities in Chile including Santiago.',
    ['Santiago LOCATED_IN Chile'],
  ],
  ['Rebels have seized districts across Kenya, including Mombasa.', ['Mombasa LOCATED_IN Kenya']],
  ['Jets hit villages in Norway, including a school in Bergen.', []],
  // A company renamed as a place's company by its trade, or named after its place and trade.
  ['Velmar Group, Norway’s second-biggest brewer, raised prices.', ['Velmar Group LOCATED_IN Norway']],
  ['Lortex Holdings, Finland’s main potash producer, cut output.', ['Lortex Holdings LOCATED_IN Finland']],
  [
    'Shares in the Lorton Mining Corporation (LMC), Chile’s largest copper miner, fell after the report.',
    ['Lorton Mining Corporation LOCATED_IN Chile'],
  ],
  ['Velmar Group, Norway’s main rival, raised prices.', []],
  ['The rest is held by the Oslo state investment firm Velmar Holdings.', ['Velmar Holdings LOCATED_IN Oslo']],
  ['Analysts at the Nairobi brokerage firm Kamau Securities said so.', ['Kamau Securities LOCATED_IN Nairobi']],
  ['The Seoul carmaker Hanjin Motors recalled 20,000 cars.', ['Hanjin Motors LOCATED_IN Seoul']],
  ['The rest is held by the investment firm Velmar Holdings.', []],
  [
    'Sanctions hit Oslo-registered firms Velmar Trading Ltd and Lorton Shipping Co on Monday.',
    ['Lorton Shipping Co LOCATED_IN Oslo', 'Velmar Trading Ltd LOCATED_IN Oslo'],
  ],
  ['Velmar Trading Ltd, a Cyprus-registered company, denied it.', ['Velmar Trading Ltd LOCATED_IN Cyprus']],
  [
    'The Panama-incorporated Lorton Shipping Corporation owns the tanker.',
    ['Lorton Shipping Corporation LOCATED_IN Panama'],
  ],
  // Negative: lists, movement between places, compass bearings, leaving.
  ['Oslo and Bergen signed a deal.', []],
  ['Delegates from Norway, Chile and Peru met.', []],
  // No country lies in another: a list whose parenthesis hides its commas.
  ['Abuses were reported in Ukraine, Syria, Libya, the Central African Republic (CAR), Sudan and Mali.', []],
  ['Delegates from Oslo met in Bergen on Monday.', []],
  ['Dornik lies 40 km north of Bergen.', []],
  ['Velmar Group, which left Oslo in 2010, denied the report.', []],
  ['The role of Norway in Chile grew.', []],
];

/** Who operates or fights where. */
const ACTIVE_IN: Row[] = [
  // Verbs of fighting, taking and moving, with the place as object or under a preposition.
  ['The Example Front attacked Bergen on Monday.', ['Example Front ACTIVE_IN Bergen']],
  ['Example Front fighters shelled Bergen overnight.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front seized Bergen in March.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front captured the town of Dornik.', ['Example Front ACTIVE_IN Dornik']],
  ['The Example Front has occupied Bergen since 2019.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front still holds Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front controls most of Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front besieged Bergen for months.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Air Force bombed Bergen on Sunday.', ['Example Air Force ACTIVE_IN Bergen']],
  ['The Example Front raided a village near Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front struck targets in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front advanced on Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['Troops of the Example Front pushed into Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front withdrew from Bergen last week.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Army deployed troops to Bergen.', ['Example Army ACTIVE_IN Bergen']],
  ['The Example Army patrols the streets of Bergen.', ['Example Army ACTIVE_IN Bergen']],
  ['The Example Front operates in northern Norway.', ['Example Front ACTIVE_IN Norway']],
  [
    'The Example Front is active in Norway and Chile.',
    ['Example Front ACTIVE_IN Chile', 'Example Front ACTIVE_IN Norway'],
  ],
  ['The Example Front, which operates in Bergen, denied it.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front took control of Bergen in May.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front launched an offensive in the Vell region.', ['Example Front ACTIVE_IN Vell region']],
  ['The Example Front carried out a raid in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Velmar Police raided homes in Bergen.', ['Velmar Police ACTIVE_IN Bergen']],
  [
    'Example Army soldiers clashed with Example Front fighters near Bergen.',
    ['Example Army ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Bergen'],
  ],
  [
    'The Example Front and the Lorton Brigade attacked Bergen.',
    ['Example Front ACTIVE_IN Bergen', 'Lorton Brigade ACTIVE_IN Bergen'],
  ],
  ['The Example Front, which seized Bergen in May, denied it.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front ambushed a convoy near Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['Example Front gunmen stormed a hotel in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front fired rockets at Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front launched drones at Bergen overnight.', ['Example Front ACTIVE_IN Bergen']],
  ['Example Front fighters crossed into Norway from Sweden.', ['Example Front ACTIVE_IN Norway']],
  ['The Example Front has a strong presence in northern Norway.', ['Example Front ACTIVE_IN Norway']],
  ['The Example Front has thousands of fighters in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front has been fighting in Bergen for weeks.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Army targeted Example Front positions in Bergen.', ['Example Army ACTIVE_IN Bergen']],
  ['The Example Front is fighting for control of Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front expanded into Chile.', ['Example Front ACTIVE_IN Chile']],
  ['The Example Front is believed to operate in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front claimed responsibility for the attack in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen was captured by the Example Front last year.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen fell into the hands of the Example Front.', ['Example Front ACTIVE_IN Bergen']],
  // Passive: the place is the subject.
  ['Bergen was attacked by the Example Front.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen fell to the Example Front in May.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen, held by the Example Front since May, was shelled.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen is under Example Front control.', ['Example Front ACTIVE_IN Bergen']],
  ['Bergen had been under the control of the Example Front.', ['Example Front ACTIVE_IN Bergen']],
  ['Jets struck Example Front-controlled Bergen.', ['Example Front ACTIVE_IN Bergen']],
  [
    'Clashes between the Example Army and the Example Front in Bergen killed 12.',
    ['Example Army ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Bergen'],
  ],
  ['The Example Front’s fighters in Bergen surrendered.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front’s attack on Bergen failed.', ['Example Front ACTIVE_IN Bergen']],
  ['An Example Front attack in Bergen killed 12.', ['Example Front ACTIVE_IN Bergen']],
  // Nominal forms.
  ['The Example Front’s offensive in the Vell region stalled.', ['Example Front ACTIVE_IN Vell region']],
  ['Attacks by the Example Front in Bergen killed 12 people.', ['Example Front ACTIVE_IN Bergen']],
  ['Example Front fighters in Bergen surrendered.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front’s campaign across Norway went on.', ['Example Front ACTIVE_IN Norway']],
  ['Norway’s invasion of Finland began in May.', ['Norway ACTIVE_IN Finland']],
  ['The Velmar Group’s operations in Chile grew.', ['Velmar Group ACTIVE_IN Chile']],
  // A group renamed as a force in a place.
  ['The Example Front, an influential group in the Vell province, refused.', ['Example Front ACTIVE_IN Vell province']],
  ['The Sinaloa Cartel, a powerful gang across western Mexico, denied it.', ['Sinaloa Cartel ACTIVE_IN Mexico']],
  [
    'Police said the Lorton Brigade, a well-armed militia in southern Norway, had disbanded in 2015.',
    ['Lorton Brigade ACTIVE_IN Norway'],
  ],
  ['The Example Front, a group with friends in Bergen, refused.', []],
  // The side clashed with, and whoever is behind fighting, in a place.
  ['The army clashed with the Example Front in the Dornik area on Thursday.', ['Example Front ACTIVE_IN Dornik']],
  ['Troops clashed with the Lorton Brigade near Bergen last week.', ['Lorton Brigade ACTIVE_IN Bergen']],
  [
    'Soldiers skirmished with the Example Front in northern Norway, officials said.',
    ['Example Front ACTIVE_IN Norway'],
  ],
  ['The army clashed with the Example Front over pay.', []],
  ['The Example Front said it was behind the fighting in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Lorton Brigade were behind the attacks in Stavanger, police said.', ['Lorton Brigade ACTIVE_IN Stavanger']],
  ['Officials believe the Example Front is behind the bombings across Norway.', ['Example Front ACTIVE_IN Norway']],
  ['The Example Front said it was not behind the attack in Bergen.', []],
  [
    'The Wagner Group is responsible for serious human rights abuses in Ukraine, Syria and Libya.',
    ['Wagner Group ACTIVE_IN Libya', 'Wagner Group ACTIVE_IN Syria', 'Wagner Group ACTIVE_IN Ukraine'],
  ],
  ['The Example Front was responsible for the attacks in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  [
    'Police say that since 2020 the Lorton Brigade has been responsible for the killings across Stavanger.',
    ['Lorton Brigade ACTIVE_IN Stavanger'],
  ],
  ['Velmar Group is responsible for sales in Chile.', []],
  ['The Example Front is not responsible for the attacks in Bergen.', []],
  // A place named as a modifier of its countryside or outskirts; places given as examples after "like".
  ['The Example Front launched a wave of attacks in the Bergen countryside.', ['Example Front ACTIVE_IN Bergen']],
  ['Example Front fighters shelled the Bergen outskirts overnight.', ['Example Front ACTIVE_IN Bergen']],
  [
    'The Lorton Brigade raided farms across the Stavanger countryside, residents said.',
    ['Lorton Brigade ACTIVE_IN Stavanger'],
  ],
  [
    'The Wagner Group is operating in countries like Mali, Chad and Sudan.',
    ['Wagner Group ACTIVE_IN Chad', 'Wagner Group ACTIVE_IN Mali', 'Wagner Group ACTIVE_IN Sudan'],
  ],
  [
    'The Example Front has attacked cities like Bergen and Stavanger.',
    ['Example Front ACTIVE_IN Bergen', 'Example Front ACTIVE_IN Stavanger'],
  ],
  ['Since 2019 the Lorton Brigade has operated in countries like Chile.', ['Lorton Brigade ACTIVE_IN Chile']],
  ['The Example Front praised countries like Norway.', []],
  // A mission named after its sender and where it is, then its name.
  ['The Velmar Union peacekeeping force in southern Norway, VUFOR, said it was hit.', ['VUFOR ACTIVE_IN Norway']],
  ['The African Union force in Somalia, AUFORS, has 20,000 troops.', ['AUFORS ACTIVE_IN Somalia']],
  [
    'Officials said on Monday that the Velmar Union training mission in Chile, VUTM, would leave next year.',
    ['VUTM ACTIVE_IN Chile'],
  ],
  // Where a group began.
  [
    'The Example Front, also known as EF, originated in Bergen among migrant workers.',
    ['Example Front ACTIVE_IN Bergen'],
  ],
  ['The Lorton Brigade emerged in northern Norway in the 1990s.', ['Lorton Brigade ACTIVE_IN Norway']],
  ['The Kamau Network first took root in Nairobi, police say.', ['Kamau Network ACTIVE_IN Nairobi']],
  ['The Velmar Group said the idea originated in Oslo.', []],
  // What renames a place says where the place is: the action is in the town, not the province.
  [
    'The Example Front seized positions in Dornik, a town in the Lorton province, on Monday.',
    ['Example Front ACTIVE_IN Dornik'],
  ],
  // Outside a city is at its edge; outside a country is abroad.
  ['The Example Front attacked positions outside Bergen.', ['Example Front ACTIVE_IN Bergen']],
  ['The Example Front attacked towns in Norway and outside Norway.', ['Example Front ACTIVE_IN Norway']],
  ['The Example Front carried out attacks outside Norway.', []],
  ['The Example Front attacked towns outside Norway.', []],
  // Negative: denied, hedged or someone else's action; talks are not operations.
  ['The Example Front did not attack Bergen.', []],
  ['Norway condemned the attack on Bergen.', []],
  ['The Example Front may attack Bergen next week.', []],
  ['The Example Front held talks in Bergen.', []],
];

/** An organization that is a unit of another, or of a state. */
const PART_OF: Row[] = [
  ['The Example Front’s Lorton Brigade took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade, a unit of the Example Front, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade, part of the Example Front, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade, which is part of the Example Front, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade is part of the Example Front.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade, the armed wing of the Example Party, took the town.', ['Lorton Brigade PART_OF Example Party']],
  ['The Lorton Brigade, the Example Front’s elite unit, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade belongs to the Example Front.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade joined the Example Front in 2020.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade merged into the Example Front in 2020.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade falls under the Example Front.', ['Lorton Brigade PART_OF Example Front']],
  [
    'The Example Front includes the Lorton Brigade and the Azure Brigade.',
    ['Azure Brigade PART_OF Example Front', 'Lorton Brigade PART_OF Example Front'],
  ],
  ['The Example Front, which includes the Lorton Brigade, took the town.', ['Lorton Brigade PART_OF Example Front']],
  [
    'The Example Front is made up of the Lorton Brigade and the Azure Brigade.',
    ['Azure Brigade PART_OF Example Front', 'Lorton Brigade PART_OF Example Front'],
  ],
  ['The Lorton Brigade is an affiliate of the Example Front.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade, an offshoot of the Example Front, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Lorton Brigade is the armed wing of the Example Party.', ['Lorton Brigade PART_OF Example Party']],
  ['The Example Front’s armed wing, the Lorton Brigade, took the town.', ['Lorton Brigade PART_OF Example Front']],
  ['The Example Front absorbed the Lorton Brigade in 2020.', ['Lorton Brigade PART_OF Example Front']],
  // Companies.
  ['Lorton Telecom, a subsidiary of Velmar Group, said it grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Lorton Telecom is a subsidiary of Velmar Group.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Velmar Group’s subsidiary Lorton Telecom grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['The Velmar Group unit Lorton Telecom grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Lorton Telecom, a Velmar Group unit, grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Lorton Telecom, Velmar Group’s mobile arm, grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Lorton Telecom’s parent company, Velmar Group, grew.', ['Lorton Telecom PART_OF Velmar Group']],
  ['Velmar Group, the parent of Lorton Telecom, grew.', ['Lorton Telecom PART_OF Velmar Group']],
  // Bodies of a state or a larger body.
  ['The Lorton Police’s Organized Crime Bureau made arrests.', ['Organized Crime Bureau PART_OF Lorton Police']],
  ['The Velmar Union border agency Lortex made arrests.', ['Lortex PART_OF Velmar Union']],
  ['Velmar Group spun off Lorton Telecom in 2019.', []],
  // A unit noun as the object of a verb says nothing of the subject.
  ['Lorton Telecom agreed to buy the beer division of Velmar Group.', []],
  ['Lorton Telecom bought a subsidiary of Velmar Group last year.', []],
  ['Lorton Telecom said the firms, a subsidiary of Velmar Group and a bank, were fined.', []],
  // A mission named after its sender and where it is, then its name.
  ['The Velmar Union peacekeeping force in southern Norway, VUFOR, said it was hit.', ['VUFOR PART_OF Velmar Union']],
  ['The African Union force in Somalia, AUFORS, has 20,000 troops.', ['AUFORS PART_OF African Union']],
  [
    'Officials said on Monday that the Velmar Union training mission in Chile, VUTM, would leave next year.',
    ['VUTM PART_OF Velmar Union'],
  ],
  ['The Velmar Union peacekeeping force in southern Norway, Chile and Peru said so.', []],
  // A unit named as under a larger body.
  [
    'Ruken Jamal, a spokesperson for the Women’s Protection Unit (WPU) under the Example Front, spoke.',
    ['Women’s Protection Unit PART_OF Example Front'],
  ],
  ['The Lorton Brigade under the Example Front took the town.', ['Lorton Brigade PART_OF Example Front']],
  [
    'Officers from the Financial Crimes Directorate within the Velmar Police made the arrests.',
    ['Financial Crimes Directorate PART_OF Velmar Police'],
  ],
  ['Sanctions on the Velmar Group under the Lorton Act began.', []],
  // Negative: leaving, fighting, denied or hedged.
  ['The Lorton Brigade left the Example Front in 2020.', []],
  ['The Lorton Brigade did not join the Example Front.', []],
  ['The Lorton Brigade fought the Example Front.', []],
  ['The Lorton Brigade may join the Example Front.', []],
  ['The Lorton Brigade took a part of the Example Front’s land.', []],
];

/** Who owns, runs or commands an organization. */
const CONTROLS: Row[] = [
  ['Velmar Group owns Lorton Telecom.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Lorton Telecom is owned by Velmar Group.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Lorton Telecom, owned by Velmar Group, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Lorton Telecom is 60% owned by Velmar Group.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group-owned Lorton Telecom grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group, which owns Lorton Telecom, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Ivan Dorn owns Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Ivan Dorn controls Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Velmar Group, controlled by Ivan Dorn, grew.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Ivan Dorn has a controlling stake in Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Velmar Group acquired Lorton Telecom in 2019.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group bought Lorton Telecom for $2 billion.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group took over Lorton Telecom last year.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Ivan Dorn’s company Velmar Group grew.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['The owner of Velmar Group, Ivan Dorn, spoke.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Velmar Group owner Ivan Dorn spoke.', ['Ivan Dorn CONTROLS Velmar Group']],
  ['Velmar Group, Lorton Telecom’s majority owner, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['The Example Front-run Lorton Radio said so.', ['Example Front CONTROLS Lorton Radio']],
  ['Lorton Radio, which is run by the Example Front, said so.', ['Example Front CONTROLS Lorton Radio']],
  ['The Lorton Brigade, under the command of the Example Front, attacked.', ['Example Front CONTROLS Lorton Brigade']],
  ['The Example Front commands the Lorton Brigade.', ['Example Front CONTROLS Lorton Brigade']],
  ['Lorton Telecom is wholly owned by Velmar Group.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group is the majority shareholder in Lorton Telecom.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group, the largest shareholder of Lorton Telecom, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['Velmar Group, which controls Lorton Telecom, grew.', ['Velmar Group CONTROLS Lorton Telecom']],
  ['The Example Front directs the Lorton Brigade.', ['Example Front CONTROLS Lorton Brigade']],
  ['The Lorton Brigade takes its orders from the Example Front.', ['Example Front CONTROLS Lorton Brigade']],
  // A majority stake, its size between: "owns a majority stake of 51 per cent in X".
  ['Ivan Dorn owns a majority stake of 51 per cent in Lorton Telecom.', ['Ivan Dorn CONTROLS Lorton Telecom']],
  [
    'Velmar Group now holds a controlling stake of roughly 70 per cent in Lorton Telecom.',
    ['Velmar Group CONTROLS Lorton Telecom'],
  ],
  [
    'Ivan Dorn bought a majority stake worth $2 billion in Lorton Telecom last year.',
    ['Ivan Dorn CONTROLS Lorton Telecom'],
  ],
  ['Ivan Dorn owns a small stake of 5 per cent in Lorton Telecom.', []],
  // Companies owned by someone, or used by them, then some of them.
  ['Sanctions hit companies owned by Ivan Dorn, including the Velmar Group.', ['Ivan Dorn CONTROLS Velmar Group']],
  [
    'The list names firms controlled by the Example Front, including Velmar Group and Lorton Telecom.',
    ['Example Front CONTROLS Lorton Telecom', 'Example Front CONTROLS Velmar Group'],
  ],
  [
    'Investigators traced businesses run by Kwame Mensah, including Lorton Telecom.',
    ['Kwame Mensah CONTROLS Lorton Telecom'],
  ],
  ['Sanctions hit companies sued by Ivan Dorn, including the Velmar Group.', []],
  [
    'Norway uses companies like Velmar Group and Lorton Telecom to evade sanctions.',
    ['Norway CONTROLS Lorton Telecom', 'Norway CONTROLS Velmar Group'],
  ],
  ['The Example Front operated front companies like Velmar Group for years.', ['Example Front CONTROLS Velmar Group']],
  ['Ivan Dorn owned businesses like Lorton Telecom before 2010.', ['Ivan Dorn CONTROLS Lorton Telecom']],
  ['Norway sued companies like Velmar Group.', []],
  // Negative: sold, denied, hedged, lost.
  ['Velmar Group sold Lorton Telecom in 2019.', []],
  ['Velmar Group does not own Lorton Telecom.', []],
  ['Velmar Group wants to buy Lorton Telecom.', []],
  ['Velmar Group lost control of Lorton Telecom.', []],
  ['Ivan Dorn sold his stake in Velmar Group.', []],
];

/** Rows the extractor cannot state today, each for the reason given: the list of what the analysis gets wrong. */
const KNOWN_GAPS: [RelationType, string, string[]][] = [
  // Entities: the name is cut before its place noun when another follows ("Vell" for "Vell region").
  ['LOCATED_IN', 'Troops reached the Vell region city of Dornik.', ['Dornik LOCATED_IN Vell region']],
  // Entities: the unit and its parent are read as one name ("Lorton Brigade of the Example Front").
  ['PART_OF', 'The Lorton Brigade of the Example Front took the town.', ['Lorton Brigade PART_OF Example Front']],
  // Entities: "Norway’s Ministry of Defence" is one mention of one entity, leaving no mention of Norway to relate.
  ['PART_OF', 'Norway’s Ministry of Defence denied the report.', ['Ministry of Defence PART_OF Norway']],
  // Chunker: "a 60% stake" is cut into "a 60" and "stake", so the stake is not the verb's object.
  ['CONTROLS', 'Velmar Group holds a 60% stake in Lorton Telecom.', ['Velmar Group CONTROLS Lorton Telecom']],
  // Tagger: "answers" after a name and before "to" is read as a plural noun, so there is no verb.
  ['CONTROLS', 'The Lorton Brigade answers to the Example Front.', ['Example Front CONTROLS Lorton Brigade']],
  // Tagger: "has bases in" reads "bases" as the verb (and "has training camps" reads "training").
  ['ACTIVE_IN', 'The Example Front has bases in Bergen.', ['Example Front ACTIVE_IN Bergen']],
  // Relations: a denial scopes over its verb only; "denied any presence in" still reads as a presence.
  ['ACTIVE_IN', 'The Example Front denied any presence in Bergen.', []],
];

describe('construction inventory: places and parts', () => {
  it.each([
    ...rows('LOCATED_IN', LOCATED_IN),
    ...rows('ACTIVE_IN', ACTIVE_IN),
    ...rows('PART_OF', PART_OF),
    ...rows('CONTROLS', CONTROLS),
  ])('%s: %s', (type, text, relations) => {
    expect(stated(type, text)).toEqual([...relations].sort());
  });

  it.fails.each(KNOWN_GAPS)('known gap, %s: %s', (type, text, relations) => {
    expect(stated(type, text)).toEqual([...relations].sort());
  });
});
