// Capitalized words that are not names, and other closed word lists the rules rely on.
import { nameList, wordList } from './lists.ts';

export const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** Capitalized at a sentence start or in a headline, but never a name on their own. */
export const NOT_NAMES = new Set(
  `The A An This That These Those It Its They Their Them He His Him She Her We Our Us You Your I Me My Mine There Here
  What Who Whom Whose Which When Where Why How Whether If Then Than And Or But Nor So Yet For Of In On At By To From With
  Without Within Into Onto Over Under After Before During Since Until While Although Though Because As Also Meanwhile
  However Moreover Earlier Later Today Yesterday Tomorrow Tonight Now Still Even Just Only Not No Yes All Any Some Many
  Most More Much Several Both Each Every Either Neither Other Another Such Experts Officials Analysts Authorities Residents
  Witnesses Critics Sources Observers Reports Troops Soldiers Fighters Militants Partisans Volunteers People Citizens
  Russians Ukrainians Americans Europeans Nazi Nazis Neo-Nazi Neo-Nazis Communist Communists Western
  Islamist Islamists Jihadist Jihadists Christian Christians Muslim Muslims Jewish Jews Orthodox Catholic Catholics
  Liberal Liberals Conservative Conservatives Democrat Democrats Republican Republicans Breaking Update Updated Watch
  Read Video Photo Photos Live Opinion Analysis Exclusive Sponsored Advertisement Editor Editors Note Share Comment
  Comments Related According Despite Among Against Along Around Across Behind Beyond Like Unlike Via Per Amid Following
  Free True New Old Great Good Bad Big Small First Second Third Last Next One Two Three Four Five Ten Hundred Thousand
  Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy
  Eighty Ninety Million Billion Mr Mrs Ms Dr God Internet Web Online Hitler-style Sporting Stay Back More Stories No. Nos. Source
  File Credit Credits Caption Courtesy Pictured Subscribe Newsletter Prosecutors Investigators Lawmakers Legislators
  Judges Lawyers Attorneys Doctors Protesters Demonstrators Rebels Officers Researchers Scientists Economists
  Diplomats Ministers Leaders Voters Students Journalists Reporters Activists Shareholders Investors Traders
  Executives Regulators Detectives Agents Firefighters Rescuers Medics Paramedics Villagers Locals Survivors Victims
  Families Relatives Parents Senators Judges Jurors Defendants Suspects Police Islamic Andean Latest`.split(/\s+/),
);

/** Buttons and links of a news page's chrome, which a name run may swallow ("Reuters Share", "Privacy Policy"). */
export const PAGE_WIDGETS = new Set(
  wordList(`Share Shares Follow Subscribe Print Email Comment Comments Tweet Save Listen`),
);

/** Jobs a byline gives after an outlet's name: "Associated Press Writer", "Reuters Correspondent". */
export const BYLINE_JOBS = new Set(
  wordList(`Writer Reporter Correspondent Editor Photographer Columnist Contributor Producer Videographer`),
);

/** Links that every site carries: never an entity. */
export const PAGE_LINKS = new Set(
  nameList(`Privacy Policy; Cookie Policy; Terms of Use; Terms of Service; Terms and Conditions; License Photo;
  Sign Up; Log In; Sign In; News Feed; Contact Us; About Us; Read More; Most Read; Top Stories; Related Stories;
  Staff Writer; Staff Reporter; Staff Correspondent; News Desk; Web Desk; Editorial Desk; Editorial Board; Reading Time;
  Print Mail; Print Mail Large Medium Small; Large Medium Small; Font Size; Left Menu; Main Menu; Read Now; Top News;
  World News; National News; Local News; Latest News; Business News`).flat(),
);

/** Lists that sanctions news names in capitals ("the Specially Designated Nationals (SDN) List"): no entities. */
export const LIST_NAMES = new Set(
  nameList(`Specially Designated Nationals; Specially Designated Narcotics Trafficking Kingpins; Specially Designated
  Global Terrorists; Entity List; Consolidated List; SDN; SDNTK; SDGT`).flat(),
);

/**
 * Acronyms and words in capitals that name things (equipment among them), not entities; the letters after a
 * person's name for a rank or an honour ("Jane Doe, SAN", "John Roe KC"); currency codes and time zones written
 * beside amounts and times ("USD 5 million", "10:30 IST").
 */
export const NOT_ENTITIES = new Set(
  wordList(`SUV SUVs CEO CEOs CFO GDP AI TV IT PR HQ OK UAV UAVs IED IEDs RPG VIP ID PhD MP MPs COVID AM PM GMT UTC EST LGBT
  LGBTQ CCTV DIY ATM FAQ URL FPV HIMARS ATACMS MLRS APC APCs IFV IFVs MANPADS ICBM ICBMs SAM SAMs UAS SAN QC KC OBE MBE
  CBE KBE DBE Bitcoin Ethereum Ether Tether UNSCR World National Opposition USD EUR GBP JPY CNY RMB INR RUB CHF AUD
  CAD HKD SGD ZAR NGN KES EGP BDT CFA XOF XAF IST CET CEST BST EDT PST PDT CDT CST MSK AEST AEDT WAT EAT SAST JST
  KST HKT`),
);

/** Credit words after an outlet's name under a picture: "(AP Photo/Jane Doe)", "Reuters File". */
export const CREDIT_WORDS = new Set(wordList(`Photo Photos Video File`));

/**
 * Peoples, faiths and their branches, as adjectives and plurals ("Assyrian militias", "Shiite fighters", "the
 * Alawites"): like nationalities, they name no entity on their own.
 */
export const PEOPLE_ADJECTIVES = new Set(
  wordList(`Arab Arabs Assyrian Assyrians Shiite Shiites Shia Shias Shi'ite Shi'ites Shi’ite Shi’ites Sunni Sunnis Alawite Alawites Druze
  Yazidi Yazidis Ismaili Salafi Salafist Salafists Sufi Wahhabi Coptic Copts Maronite Maronites Chaldean Chaldeans
  Armenian-American Pashtun Pashtuns Tajik Tajiks Uzbek Uzbeks Hazara Hazaras Baloch Baluch Tamil Tamils Sinhalese
  Uyghur Uyghurs Uighur Uighurs Tibetan Tibetans Rohingya Tuareg Tuaregs Fulani Peul Hausa Yoruba Igbo Oromo Tigrayan
  Tigrayans Berber Berbers Amazigh Bedouin Bedouins Turkmen Circassian Circassians Tatar Tatars Cossack Cossacks Roma
  Basque Basques Catalan Catalans Flemish Walloon Maori Aboriginal Hispanic Latino Latina Latinos Hindu Hindus Sikh
  Sikhs Buddhist Buddhists Jewish Jews Muslim Muslims Christian Christians Catholic Catholics Protestant Protestants
  Evangelical Evangelicals Orthodox Kurdish European Europeans African Africans Asian Asians`),
);

/** Last words of the names of laws, lists and documents ("Kingpin Act", "Pandora Papers"): no entities. */
export const DOCUMENT_HEADS = new Set(
  wordList(
    `Act Acts Code Principles Papers Treaty Accord Accords Agreement Bill Charter Doctrine Protocol Files Leaks
    Resolution Resolutions Declaration Directive Decree Constitution Ordinance`,
  ),
);

/** Last words of the names of events and holidays ("World Cup", "Armed Forces Day", "Summer Games"): no entities. */
export const EVENT_HEADS = new Set(
  wordList(`Cup Games Olympics Paralympics Day Festival Championship Championships Tournament Marathon Expo Grand-Prix
  Prix Derby Biennale Carnival Jubilee Spring`),
);

/** Nouns for an operation, whose code name is no entity: "a probe dubbed “Collector”", "an operation code-named X". */
export const OPERATION_NOUNS = new Set(
  wordList(`operation operations probe investigation raid raids crackdown campaign offensive exercise exercises drill
  mission plan programme program project scheme sting`),
);

/** Verbs of saying: the name before them speaks, and a clause after them has a subject of its own. */
export const SPEECH_VERBS = new Set(
  wordList(`said says say told tells tell stated states added adds declared declares wrote writes announced
  announces claimed warned warns noted notes explained explains insisted argued argues asserted
  reported reports confirmed confirms denied denies acknowledged admitted suggested replied responded
  commented tweeted according`),
);

/** Prepositions: a name right after one is not the subject of the clause. */
export const PREPOSITIONS = new Set(
  wordList(`of for in at by with to on from against alongside within into onto near about over under after
  before during across behind beyond among amid toward towards through throughout via without between
  around like unlike despite than as including inside outside upon per`),
);

export const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
export const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
export const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Nouns by which a text refers back to an organization it has named ("the group", "the unit"). */
export const GROUP_NOUNS = new Set(
  wordList(`group unit organization organisation movement militia force formation outfit battalion brigade corps
  legion regiment detachment faction network party`),
);

/** Surname endings common in Slavic, Baltic and Caucasian names: a weak cue that a lone name is a person. */
export const SURNAME_ENDINGS =
  /(?:ov|ova|ev|eva|yov|in|ina|sky|ski|skiy|skyi|ska|enko|chuk|czuk|uk|yuk|ich|vich|ovic|evic|idze|dze|shvili|yan|ian|oglu|escu)$/;
