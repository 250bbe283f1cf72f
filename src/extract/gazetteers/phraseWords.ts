// Word lists for relations stated by the shape of a noun phrase (extract/relations/patterns/): general English.
import { verbForms } from '../relations/verbForms.ts';
import { wordList } from './lists.ts';

/** Facilities whose noun is part of their name after "the": "the Example hotel", "the Vell seaport". */
export const NAMED_FACILITY_NOUNS = wordList('hotel seaport');
const forms = (verbs: string): string[] => wordList(verbs).flatMap(verbForms);

/** Named places and buildings that stand in a town: "the Example hotel in Lorton", "the Vell seaport in Dornik". */
export const FACILITY_NOUNS =
  wordList(`${NAMED_FACILITY_NOUNS.join(' ')} hotels airport airports airfield port harbour harbor terminal
  prison jail hospital stadium university mosque church cathedral temple embassy consulate museum station palace
  courthouse square bridge dam`);

/** Works named after their place or their owner ("the Kirishi refinery", "an Example Oil refinery"): only a place's. */
export const WORKS_NOUNS = wordList(`refinery refineries plant factory mine smelter mill`);

/** Plural nouns for places of one kind, after a list of their names: "A and B villages of C". */
export const SETTLEMENT_PLURALS = wordList(`villages towns cities settlements hamlets districts regions provinces
  counties neighbourhoods neighborhoods suburbs areas municipalities townships oblasts`);

/** Events that take a place "of" it, owned by whoever does them: "Russia’s invasion of Example". */
export const TAKING_NOUNS = wordList(`invasion invasions occupation annexation conquest siege capture bombardment
  shelling blockade takeover`);

/** Moves into a place: "Example’s move into Lorton", "its push into Lorton". */
export const MOVE_NOUNS = wordList(`move moves foray forays thrust thrusts expansion entry`);

/** A rival named after its rival's possessive: "Dorn’s main rival, Kovic", "Dorn’s archrival has been Kovic". */
export const RIVAL_NOUNS = wordList(`rival rivals archrival arch-rival foe foes nemesis opponent opponents adversary
  enemy enemies challenger`);

/** Verbs that say who the rival is: "Dorn’s main rival has been Kovic". */
export const BEING_VERBS = wordList(`is was are were been remains remained became`);

/** Bodies named by a description between their parent and their name: "the EU border agency Example". */
export const AGENCY_NOUNS = wordList(`agency agencies body bureau office service watchdog regulator authority
  commission unit arm force court tribunal`);

/** Units a person or company holds another through: "Dorn’s investment unit Example", "its subsidiary Example". */
export const HOLDING_UNIT_NOUNS = wordList(`unit subsidiary subsidiaries affiliate vehicle arm division company firm
  holding holdings brand label`);

/** Words that make an organization's name a party's or a coalition's: "the Example Freedom Alliance of Dorn". */
export const PARTY_NAME_WORDS = wordList(`party alliance front league movement congress coalition bloc union`);

/** Parts of a place by the compass: "Balama in the southwest of Cabo Delgado". */
export const COMPASS_NOUNS =
  wordList(`north south east west northeast northwest southeast southwest north-east north-west
  south-east south-west centre center interior`);

/** Where an organization sits: "has its headquarters in Oslo", "the group’s head office in Oslo". */
export const HEADQUARTERS_NOUNS = wordList(`headquarters hq head-office seat`);

/** Verbs of having: "X has its headquarters in Y". */
export const HAVING_VERBS = wordList(`has have had having`);

/** Holding or controlling a place: "the Example Front holds Bergen" (the side is active there). */
export const PLACE_HOLDING_VERBS = forms(`hold control`);

/** A share of a place before "of" it: "controls most of Bergen", "holds parts of the region". */
export const PLACE_SHARE_NOUNS = wordList(`most much part parts half all swathes swaths areas bits chunks portions
  stretches territory`);

/** Sending forces somewhere: "deployed troops to Bergen", "sent soldiers into the region". */
export const SENDING_VERBS = forms(`deploy redeploy send dispatch station post rush move position`);

/** Falling to a side: "Bergen fell to the Example Front". */
export const FALLING_VERBS = forms(`fall`);

/** What a side holds a place under: "under Example Front control", "under the group’s rule". */
export const RULE_NOUNS = wordList(`control rule sway grip`);

/** The whole a company or unit is part of, named as its parent: "its parent company, Velmar Group". */
export const PARENT_NOUNS = wordList(`parent parents`);

/** Owners, who control what they own (FORMAT.md has no OWNS): "Velmar Group, Lorton Telecom’s majority owner". */
export const OWNER_NOUNS = wordList(`owner owners co-owner co-owners`);

/** Compass words a larger place is qualified with: "in western Norway", "in Norway’s far north". */
export const COMPASS_WORDS = wordList(`north south east west northern southern eastern western central northeastern
  northwestern southeastern southwestern north-eastern north-western south-eastern south-western northeast northwest
  southeast southwest far`);

/** What is fired or dropped at a place: "fired rockets at Bergen", "dropped bombs on the town". */
export const PROJECTILE_NOUNS = wordList(`rockets rocket missiles missile shells shell mortars mortar drones drone bombs
  bomb artillery grenades projectiles barrel-bombs munitions`);

/** Firing or dropping projectiles: the side that fires them at a place is active there. */
export const FIRING_VERBS = [...forms(`fire launch lob drop rain hurl`), 'dropped', 'dropping', 'lobbed', 'lobbing'];

/** What a side keeps in a place: "has bases in Bergen", "has thousands of fighters in the region", "has a presence in". */
export const FORCE_NOUNS = wordList(`base bases camp camps cells cell troops forces fighters soldiers units outposts
  positions garrison garrisons militias presence`);

/** Moving an organization's seat: "moved its headquarters to Oslo". */
export const MOVING_VERBS = forms(`move relocate transfer shift`);

/** An owner of a company by its share: "the majority shareholder in X", "its largest shareholder". */
export const SHAREHOLDER_NOUNS = wordList(`shareholder shareholders stakeholder owner owners`);
export const MAJOR_WORDS = wordList(`majority controlling largest biggest main principal dominant`);

/** Counts before "of": "thousands of fighters". */
export const COUNT_NOUNS = wordList(`thousands hundreds dozens scores tens millions`);

/** What a company is called by its trade: "Norway’s second-biggest brewer", "the Oslo state investment firm X". */
export const COMPANY_NOUNS = wordList(`company companies firm firms conglomerate corporation bank lender insurer
  brewer brewers producer producers maker makers manufacturer carmaker automaker carrier airline operator miner
  refiner retailer exporter importer supplier shipper developer publisher broadcaster utility`);

/** What an armed or criminal group is called in apposition: "X, an influential group in Y". */
export const GROUP_NOUNS = wordList(`group groups faction factions militia militias gang gangs force forces movement
  organization organisation player players figure network cartel insurgency`);

/** Fighting with a side: "the army clashed with X in Y" (X is there too). */
export const CLASHING_VERBS = forms(`clash skirmish`);

/** Words that end the name of a unit of a larger body: "the Women’s Protection Unit under the X". */
export const UNIT_NAME_WORDS = wordList(`unit units brigade brigades battalion battalions regiment division wing council
  committee directorate bureau corps command`);

/** Companies in the plural, before the ones named: "companies owned by X, including A", "uses firms like A". */
export const COMPANY_PLURALS = wordList(`companies firms businesses subsidiaries fronts`);
/** Verbs of owning or using companies: "X controls firms such as A", "X uses companies like A". */
export const OWNING_VERBS = forms(`own control run operate use`);
/** Participles of ownership: "companies owned by X". */
export const OWNED_PARTICIPLES = wordList(`owned controlled run operated managed`);

/** A body sent somewhere by a larger one: "the UN peacekeeping force in Lebanon, X", "the EU mission in Mali, X". */
export const MISSION_NOUNS = wordList(`force mission operation contingent`);

/** Wrongs done somewhere: "responsible for serious abuses in X". */
export const ABUSE_NOUNS = wordList(`abuses atrocities crimes killings massacres violence`);
