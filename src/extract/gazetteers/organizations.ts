// General knowledge about organizations: words that end their names, outlets, platforms and well-known bodies.
import { nameList, wordList } from './lists.ts';

/** A word that makes a capitalized name an organization ("Russian Volunteer Corps", "Mayak Intelligence"). */
export const ORGANIZATION_HEADS = new Set(
  wordList(`
  Corps Legion Brigade Brigades Battalion Battalions Regiment Division Army Navy Forces Force Guard Militia Group Company
  Court Ministry Department Agency Service Services Directorate Bureau Office Council Committee Commission Parliament
  Assembly Congress Senate Duma Rada Party Movement Front Union Alliance Coalition Organization Organisation Association
  Foundation Fund Institute Institution University College Academy School Center Centre Intelligence Consultancy News
  Times Post Journal Herald Tribune Gazette Press Telegraph Guardian Media Television TV Radio Network Bank Inc Inc. Ltd
  Ltd. LLC Corp Corp. Corporation Holdings Industries Partners Church Police Cabinet Government Administration Kremlin
  Tribunal Prosecutor Squad Unit Detachment Command Staff Watch International Observatory Authority Community Mission
  Advisory Associates Consulting Capital Ventures Labs Technologies Systems Solutions Entertainment Studios Games Motors
  Airlines Airways Energy Petroleum Pharmaceuticals Fleet Helmets Project Initiative Society Federation Confederation
  Junta Rebels Hospital Trust Secretariat Chamber Exchange Brotherhood Emirate Caliphate Cartel Syndicate Jihad
  Framework Forum Bloc Coordination Platform Convention Consortium Communications Insurance Research Telecom Headquarters
  Enterprise Enterprises Securities Refinery Minerals Mining Resources Shipping Trading Logistics Steel Chemicals
  Brewery Breweries Investments Airline Representatives Commons Lords Deputies Board
  gumi kai ikka rengo`),
);

/** Head words that a short form of an organization's name leaves out ("Rogers", "Jiji", "the Treasury", "Labour"). */
export const DROPPABLE_HEADS = new Set(
  wordList(`Group Company Holdings Industries Communications Insurance Press Bank Airlines Airways Motors Energy
  Petroleum Pharmaceuticals Technologies Systems Media Entertainment Studios Capital Ventures Labs Partners Research
  Telecom Department Party Motor Platforms Brands Resources Enterprises Electronics Financial Foods Mining Chemicals
  Steel Power Semiconductor Software Networks Logistics Shipping Automotive Aerospace Therapeutics Healthcare Retail
  Properties Investments Securities Bancorp International Worldwide Global Pharma Oil Gas Hotels Resorts Solutions
  Airline Management Minerals Metals Refinery Brewery Breweries Pharmaceutical Bancshares`),
);

/** Words that end an outlet's name ("Egypt Independent", "Daily Nation"), or open it ("Daily", "Sunday"). */
export const OUTLET_LAST_WORDS = new Set(
  wordList(`Independent Observer Express Mirror Chronicle Standard Star Monitor Inquirer Insider Dispatch Courier
  Examiner Sentinel Bulletin Gazette Globe Mail Times Post Herald Tribune Telegraph Journal News Today Review Nation
  Daily Weekly Dawn Punch Vanguard Informer Advertiser Argus Eagle Clarion Beacon Messenger Pioneer Spectator Magazine`),
);
export const OUTLET_FIRST_WORDS = new Set(wordList('Daily Weekly Sunday Morning Evening Channel Radio'));

/**
 * Words of party names and their members, by the stem they share: "Social Democratic Party", "the Social Democrats"
 * and "a Social Democrat" name one party.
 */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map(
  wordList(`Democrat:Democrats:Democratic Republican:Republicans Socialist:Socialists Liberal:Liberals
  Conservative:Conservatives Communist:Communists Green:Greens Nationalist:Nationalists Unionist:Unionists
  Progressive:Progressives Libertarian:Libertarians Labour:Labor Populist:Populists Federalist:Federalists
  Centrist:Centrists Separatist:Separatists Royalist:Royalists Monarchist:Monarchists Peronist:Peronists
  Gaullist:Gaullists Islamist:Islamists Maoist:Maoists Marxist:Marxists Leninist:Leninists Radical:Radicals`).flatMap(
    (forms) => forms.split(':').map((form) => [form, forms.split(':')[0].toLowerCase()] as const),
  ),
);

/**
 * Words that open an organization's name in the languages news borrows names from: Arabic and Urdu words for a
 * movement, front, army, party or battalion ("Katiba Macina", "Ansar al-Din", "Lashkar-e-Taiba"), and the plural
 * articles of Spanish and French and the Spanish "La", which open a gang's or a party's name but not a person's
 * ("Los Zetas", "La Nueva Familia"; "El" opens nicknames, "Le" surnames).
 */
export const ORGANIZATION_OPENERS = new Set(
  wordList(`Katiba Kataib Ansar Jamaat Jama'at Jama'a Jamaa Jamaah Harakat Hizb Hezb Tehrik Tehreek Tahrik Lashkar Jaish Jabhat Liwa
  Saraya Tanzim Ahrar Faylaq Junud Jund Los Las Les La`),
);

/** Company-form endings that are not part of how the name is usually written ("Microsoft Corp"). */
export const LEGAL_SUFFIXES = new Set(
  wordList(`Inc Inc. Incorporated Corp Corp. Corporation Ltd Ltd. Limited LLC L.L.C. LLP PLC plc Plc Co Co. AG SA S.A. SE
  GmbH NV N.V. BV B.V. SpA S.p.A. SRL Srl AB ASA Oyj KK K.K. Bhd Berhad Pty Pte SAS SARL LP C.V. R.L. SCA S.C.A. KGaA
  KG OHG Sdn Sarl SAB S.A.B. Tbk`),
);

/** Words after a company's name that still name the whole company: "Heineken Group" is Heineken NV. */
export const GROUP_FORMS = new Set(wordList('Group Holdings Holding'));

/** Outlets and agencies: organizations, and the usual objects of SPOKE_TO. The first name is the label. */
export const MEDIA_OUTLETS = nameList(`
  Reuters; Associated Press | AP; Agence France-Presse | AFP; Bloomberg | Bloomberg News; TASS | Tass; RIA Novosti | RIA; Interfax;
  Ukrinform; NBC News | NBC; CNN; BBC | BBC News; ABC News; CBS News; Fox News; Al Jazeera; Sky News;
  The New York Times | New York Times; The Washington Post | Washington Post; The Wall Street Journal | Wall Street Journal;
  The Guardian; Financial Times; The Economist; Politico; Axios; Meduza; Novaya Gazeta; Kyiv Independent; Kyiv Post;
  RT | Russia Today; Deutsche Welle | DW; Radio Free Europe | RFE/RL; Euronews; NPR; Le Monde; Der Spiegel; Izvestia;
  Kommersant; Vedomosti; Pravda; Radio France Internationale | RFI; France 24; Xinhua; Anadolu Agency | Anadolu;
  Al Arabiya; The Times; The Telegraph; The Independent; Daily Mail; CNBC; Channel 4 News; ITV News; Le Figaro;
  Die Welt; El Pais; Corriere della Sera; Haaretz; The Times of Israel; Irrawaddy; Myanmar Now; Sudan Tribune;
  Getty Images | Getty`);

/** Companies and platforms that news mentions as actors. */
export const COMPANIES = nameList(`
  Telegram; Twitter; Facebook; Meta; YouTube; Google; Instagram; TikTok; VKontakte | VK; WhatsApp; Microsoft; Apple;
  Amazon; Gazprom; Rosneft; Lukoil; SpaceX; Starlink; Nintendo; Nvidia; Tencent; Sony; Samsung;
  Huawei; Alibaba; ByteDance; OpenAI; Tesla; Boeing; Airbus; Lockheed Martin; Raytheon; Rheinmetall; BAE Systems;
  Activision Blizzard | Activision; Electronic Arts; Ubisoft; Netflix; Disney | Walt Disney | Walt Disney Co | Walt Disney Co. | Walt Disney Company; Uber; Intel; AMD; Qualcomm; IBM; Oracle;
  Shell; BP; ExxonMobil | Exxon; Chevron; TotalEnergies; Glencore; Maersk; Pfizer; Moderna; JPMorgan Chase | JPMorgan;
  Goldman Sachs; BlackRock; Visa; Mastercard; PayPal; Sberbank; Rosatom; Naftogaz; Ukrenergo; Kyivstar; Signal; Discord;
  Reddit; Snapchat; LinkedIn; Xbox; PlayStation`);

/** Names of places or buildings that stand for an institution, and bodies of one country known by name alone. */
export const METONYMS = nameList(`
  Kremlin; White House; Pentagon; Downing Street; Elysee | Élysée; Bankova; Capitol Hill;
  State Department | US State Department | U.S. State Department | Department of State; Foreign Office; Home Office;
  State Duma | Duma; Verkhovna Rada | Rada; Knesset; Bundestag; Congress | US Congress; Federation Council;
  Federal Trade Commission | FTC; European Commission; Competition and Markets Authority | CMA; Federal Reserve`);

/** International bodies and armed groups known by acronym or name. */
export const INTERNATIONAL_BODIES = nameList(`
  NATO | North Atlantic Treaty Organization; United Nations | UN | U.N.; European Union | EU;
  UN Security Council | United Nations Security Council | U.N. Security Council | Security Council; International Criminal Court | ICC;
  International Atomic Energy Agency | IAEA; World Health Organization | WHO;
  Organization for Security and Co-operation in Europe | OSCE; International Monetary Fund | IMF; World Bank;
  Red Cross | International Committee of the Red Cross | ICRC; Amnesty International; Human Rights Watch;
  Islamic State | ISIS | ISIL; Hamas; Hezbollah | Hizballah | Hizbollah | Hizbullah; Taliban; al-Qaeda | Al Qaeda | Al-Qaeda | al Qaeda | Al-Qaida; CIA | Central Intelligence Agency;
  FBI | Federal Bureau of Investigation; MI6; Mossad; African Union | AU;
  Economic Community of West African States | ECOWAS; Hayat Tahrir al-Sham | HTS; Syrian Democratic Forces | SDF;
  Houthis | Houthi; Wagner Group | Wagner | PMC Wagner; Kurdistan Workers' Party | PKK; Rapid Support Forces | RSF; Group of Seven | G7; G20; BRICS`);
