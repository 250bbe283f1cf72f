// General geographic knowledge: countries with their demonyms and alternative spellings, and major cities.
// Names are matched case-sensitively as written; the first name of each entry is its canonical label.
import { nameList, wordList } from './lists.ts';

export interface CountryEntry {
  names: string[];
  /** Adjectives and nouns for its people ("Ukrainian", "Ukrainians"): not entities, but they qualify institutions. */
  demonyms: string[];
}

export const COUNTRIES: CountryEntry[] = [
  { names: ['Ukraine', 'the Ukraine'], demonyms: ['Ukrainian', 'Ukrainians'] },
  { names: ['Russia', 'Russian Federation', 'the Russian Federation'], demonyms: ['Russian', 'Russians'] },
  { names: ['Belarus', 'Byelorussia'], demonyms: ['Belarusian', 'Belarusians', 'Belarussian'] },
  {
    names: ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America'],
    demonyms: ['American', 'Americans'],
  },
  { names: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons'] },
  { names: ['Poland'], demonyms: ['Polish', 'Pole', 'Poles'] },
  { names: ['Germany'], demonyms: ['German', 'Germans'] },
  { names: ['France'], demonyms: ['French'] },
  { names: ['Italy'], demonyms: ['Italian', 'Italians'] },
  { names: ['Spain'], demonyms: ['Spanish', 'Spaniard', 'Spaniards'] },
  { names: ['Portugal'], demonyms: ['Portuguese'] },
  { names: ['Netherlands', 'the Netherlands', 'Holland'], demonyms: ['Dutch'] },
  { names: ['Belgium'], demonyms: ['Belgian', 'Belgians'] },
  { names: ['Switzerland'], demonyms: ['Swiss'] },
  { names: ['Austria'], demonyms: ['Austrian', 'Austrians'] },
  { names: ['Sweden'], demonyms: ['Swedish', 'Swede', 'Swedes'] },
  { names: ['Norway'], demonyms: ['Norwegian', 'Norwegians'] },
  { names: ['Finland'], demonyms: ['Finnish', 'Finn', 'Finns'] },
  { names: ['Denmark'], demonyms: ['Danish', 'Dane', 'Danes'] },
  { names: ['Estonia'], demonyms: ['Estonian', 'Estonians'] },
  { names: ['Latvia'], demonyms: ['Latvian', 'Latvians'] },
  { names: ['Lithuania'], demonyms: ['Lithuanian', 'Lithuanians'] },
  { names: ['Moldova'], demonyms: ['Moldovan', 'Moldovans'] },
  { names: ['Romania'], demonyms: ['Romanian', 'Romanians'] },
  { names: ['Hungary'], demonyms: ['Hungarian', 'Hungarians'] },
  { names: ['Slovakia'], demonyms: ['Slovak', 'Slovaks', 'Slovakian'] },
  { names: ['Czech Republic', 'Czechia'], demonyms: ['Czech', 'Czechs'] },
  { names: ['Bulgaria'], demonyms: ['Bulgarian', 'Bulgarians'] },
  { names: ['Serbia'], demonyms: ['Serbian', 'Serbians', 'Serb', 'Serbs'] },
  { names: ['Croatia'], demonyms: ['Croatian', 'Croatians', 'Croat', 'Croats'] },
  { names: ['Greece'], demonyms: ['Greek', 'Greeks'] },
  { names: ['Turkey', 'Türkiye'], demonyms: ['Turkish', 'Turk', 'Turks'] },
  { names: ['Georgia'], demonyms: ['Georgian', 'Georgians'] },
  { names: ['Armenia'], demonyms: ['Armenian', 'Armenians'] },
  { names: ['Azerbaijan'], demonyms: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'] },
  { names: ['Kazakhstan'], demonyms: ['Kazakh', 'Kazakhs'] },
  { names: ['Uzbekistan'], demonyms: ['Uzbek', 'Uzbeks'] },
  { names: ['Chechnya'], demonyms: ['Chechen', 'Chechens'] },
  { names: ['China', "People's Republic of China"], demonyms: ['Chinese'] },
  { names: ['Japan'], demonyms: ['Japanese'] },
  {
    names: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean', 'North Koreans'],
  },
  { names: ['South Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean', 'South Koreans'] },
  { names: ['India'], demonyms: ['Indian', 'Indians'] },
  { names: ['Pakistan'], demonyms: ['Pakistani', 'Pakistanis'] },
  { names: ['Afghanistan'], demonyms: ['Afghan', 'Afghans'] },
  { names: ['Iran'], demonyms: ['Iranian', 'Iranians'] },
  { names: ['Iraq'], demonyms: ['Iraqi', 'Iraqis'] },
  { names: ['Syria'], demonyms: ['Syrian', 'Syrians'] },
  { names: ['Israel'], demonyms: ['Israeli', 'Israelis'] },
  { names: ['Lebanon'], demonyms: ['Lebanese'] },
  { names: ['Jordan'], demonyms: ['Jordanian', 'Jordanians'] },
  { names: ['Saudi Arabia'], demonyms: ['Saudi', 'Saudis'] },
  { names: ['Yemen'], demonyms: ['Yemeni', 'Yemenis'] },
  { names: ['Qatar'], demonyms: ['Qatari', 'Qataris'] },
  { names: ['United Arab Emirates', 'UAE'], demonyms: ['Emirati', 'Emiratis'] },
  { names: ['Egypt'], demonyms: ['Egyptian', 'Egyptians'] },
  { names: ['Libya'], demonyms: ['Libyan', 'Libyans'] },
  { names: ['Sudan'], demonyms: ['Sudanese'] },
  { names: ['Ethiopia'], demonyms: ['Ethiopian', 'Ethiopians'] },
  { names: ['Somalia'], demonyms: ['Somali', 'Somalis'] },
  { names: ['Kenya'], demonyms: ['Kenyan', 'Kenyans'] },
  { names: ['Nigeria'], demonyms: ['Nigerian', 'Nigerians'] },
  // "Congo" alone may be either country: it stays unknown.
  {
    names: ['DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DRC'],
    demonyms: ['Congolese'],
  },
  { names: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'], demonyms: [] },
  { names: ['Mali'], demonyms: ['Malian', 'Malians'] },
  { names: ['South Africa'], demonyms: ['South African', 'South Africans'] },
  {
    names: ['DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'Congo-Kinshasa'],
    demonyms: ['Congolese'],
  },
  { names: ['Canada'], demonyms: ['Canadian', 'Canadians'] },
  { names: ['Mexico'], demonyms: ['Mexican', 'Mexicans'] },
  { names: ['Brazil'], demonyms: ['Brazilian', 'Brazilians'] },
  { names: ['Argentina'], demonyms: ['Argentine', 'Argentinian', 'Argentinians'] },
  { names: ['Venezuela'], demonyms: ['Venezuelan', 'Venezuelans'] },
  { names: ['Colombia'], demonyms: ['Colombian', 'Colombians'] },
  { names: ['Cuba'], demonyms: ['Cuban', 'Cubans'] },
  { names: ['Australia'], demonyms: ['Australian', 'Australians'] },
  { names: ['New Zealand'], demonyms: ['New Zealander', 'New Zealanders'] },
  { names: ['Ireland'], demonyms: ['Irish'] },
  { names: ['Scotland'], demonyms: ['Scottish', 'Scot', 'Scots'] },
  { names: ['Crimea'], demonyms: ['Crimean'] },
  { names: ['Kurdistan'], demonyms: ['Kurdish', 'Kurds', 'Kurd'] },
  { names: ['Palestine', 'Palestinian territories'], demonyms: ['Palestinian', 'Palestinians'] },
];

/** Cities and regions, with alternative spellings after the canonical one. */
export const PLACES: string[][] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov'],
  ['Dnipro', 'Dnipropetrovsk'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'],
  ['Donetsk'],
  ['Luhansk', 'Lugansk'],
  ['Mariupol'],
  ['Bakhmut', 'Artemovsk'],
  ['Kherson'],
  ['Mykolaiv', 'Nikolaev'],
  ['Avdiivka'],
  ['Sumy'],
  ['Chernihiv'],
  ['Donbas', 'Donbass'],
  ['Moscow'],
  ['Saint Petersburg', 'St Petersburg', 'St. Petersburg'],
  ['Belgorod'],
  ['Bryansk'],
  ['Kursk'],
  ['Voronezh'],
  ['Rostov', 'Rostov-on-Don'],
  ['Krasnodar'],
  ['Novosibirsk'],
  ['Yekaterinburg'],
  ['Kazan'],
  ['Sevastopol'],
  ['Minsk'],
  ['Warsaw'],
  ['Berlin'],
  ['Paris'],
  ['London'],
  ['Brussels'],
  ['Rome'],
  ['Madrid'],
  ['Vienna'],
  ['Geneva'],
  ['The Hague'],
  ['Stockholm'],
  ['Helsinki'],
  ['Tallinn'],
  ['Riga'],
  ['Vilnius'],
  ['Budapest'],
  ['Prague'],
  ['Bucharest'],
  ['Chisinau'],
  ['Ankara'],
  ['Istanbul'],
  ['Tbilisi'],
  ['Washington', 'Washington, D.C.'],
  ['New York', 'New York City'],
  ['Los Angeles'],
  ['Beijing'],
  ['Tokyo'],
  ['Delhi', 'New Delhi'],
  ['Tehran'],
  ['Baghdad'],
  ['Damascus'],
  ['Jerusalem'],
  ['Tel Aviv'],
  ['Gaza'],
  ['Beirut'],
  ['Cairo'],
  ['Riyadh'],
  ['Doha'],
  ['Dubai'],
  ['Kabul'],
  ['Islamabad'],
  ['Ottawa'],
  ['Toronto'],
  ['Sydney'],
  ['Canberra'],
  ['Europe'],
  ['Africa'],
  ['Asia'],
  ['Middle East'],
  ['Siberia'],
  ['Darfur'],
  ['Kordofan'],
  ['Sahel'],
  ['Rakhine', 'Rakhine State'],
  ['Shan State'],
  ['Idlib'],
  ['Kidal'],
  ['Tigray'],
  ['Kashmir'],
  ['West Bank'],
  ['Gaza Strip'],
  ['Nagorno-Karabakh'],
  ['Zaporizhzhia Oblast'],
  ['Kurdistan'],
  ['Caucasus'],
  ['Black Sea'],
  ['Baltic Sea'],
];

/** Nouns that make the capitalized name before them a place ("Belgorod region", "Kursk Oblast"). */
export const PLACE_NOUNS = new Set(
  wordList(`region oblast province district city village town county state border area republic peninsula river
  neighbourhood neighborhood quarter suburb suburbs outskirts countryside environs camp port airport island islands
  mountain mountains hills valley desert coast forest`),
);

/** Lowercase nouns of administrative divisions: "the Kharkiv region" names the region, not the city of Kharkiv. */
export const DIVISION_NOUNS = new Set(
  wordList(`region oblast province district state township county governorate prefecture municipality raion`),
);

/** A last word that makes a capitalized name a place ("Shan State", "Kherson Oblast", "Black Sea"). */
export const PLACE_HEADS = new Set(
  wordList(`State Region Province Oblast Governorate District County Valley Island Islands Mountains River Sea
  Strait Gulf Bay Peninsula Desert Plateau Coast Basin Square Street Airport Highway Bridge Avenue Road Boulevard
  Lane Embankment Plaza Dam Mountain Canal Channel Falls Delta Oasis Park Forest`),
);

/** Words that open a place's name before "of": "Gulf of Aden", "Strait of Hormuz", "Horn of Africa". */
export const PLACE_OF_HEADS = new Set(
  wordList(`Gulf Bay Strait Straits Sea Isle Island Islands Cape Lake Republic Kingdom Province City Port Horn Mouth
  Sultanate Principality Duchy Grand-Duchy Commonwealth Bight Gulf Cape`),
);

/** Words that open a place's name before the name itself: "Mount Kenya", "Lake Chad", "Cape Verde", "Fort Bragg". */
export const PLACE_OPENERS = new Set(wordList('Mount Mt. Lake Cape Fort Port'));

/** The abbreviations news writes for states and provinces after a town ("Laval, Que.", "Pensacola, Fla."). */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  nameList(`Alabama | Ala; Arizona | Ariz; Arkansas | Ark; California | Calif; Colorado | Colo; Connecticut | Conn;
  Delaware | Del; Florida | Fla; Georgia | Ga; Illinois | Ill; Indiana | Ind; Kansas | Kan | Kans; Kentucky | Ky;
  Louisiana | La; Maryland | Md; Massachusetts | Mass; Michigan | Mich; Minnesota | Minn; Mississippi | Miss;
  Missouri | Mo; Montana | Mont; Nebraska | Neb | Nebr; Nevada | Nev; New Hampshire | N.H; New Jersey | N.J;
  New Mexico | N.M; New York | N.Y; North Carolina | N.C; North Dakota | N.D; Oklahoma | Okla; Oregon | Ore;
  Pennsylvania | Pa; Rhode Island | R.I; South Carolina | S.C; South Dakota | S.D; Tennessee | Tenn; Texas | Tex;
  Vermont | Vt; Virginia | Va; Washington | Wash; West Virginia | W.Va; Wisconsin | Wis; Wyoming | Wyo;
  Alberta | Alta; British Columbia | B.C; Manitoba | Man; New Brunswick | N.B; Newfoundland | Nfld;
  Nova Scotia | N.S; Ontario | Ont; Prince Edward Island | P.E.I; Quebec | Que; Saskatchewan | Sask`).flatMap(
    ([region, ...abbreviations]) => abbreviations.map((a): [string, string] => [a, region]),
  ),
);

/** Compass words that begin place names ("South Sudan", "West Darfur"). */
export const COMPASS = new Set(wordList(`North South East West Northern Southern Eastern Western Central Upper Lower`));

/** First-level divisions that news names like places of their own ("Santa Monica, California"). */
export const REGIONS = nameList(`
  Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois;
  Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri;
  Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; North Carolina; North Dakota; Ohio; Oklahoma; Oregon;
  Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; West Virginia;
  Wisconsin; Wyoming; Ontario; Quebec; British Columbia; Alberta; Bavaria; Catalonia; Lombardy; Sicily; Corsica; Flanders;
  Wallonia; Punjab; Kerala; Bengal; Xinjiang; Tibet; Guangdong; Hong Kong; Taiwan | Republic of China; Kosovo; Transnistria; Abkhazia;
  South Ossetia; Chechnya | Chechen Republic; Dagestan; Tatarstan; Bashkortostan; Kaliningrad; Donetsk Oblast;
  Luhansk Oblast; Kherson Oblast; Kharkiv Oblast; Belgorod Oblast; Kursk Oblast; Bryansk Oblast; Galilee; Golan Heights;
  Sinai; Kordofan; Blue Nile; Rakhine State; Kachin State; Karen State | Kayin State; Sagaing; Chin State; Karenni | Kayah State`);
