// General knowledge about organizations: words that end their names, outlets, platforms and well-known bodies.

/** A final word that makes a capitalized name an organization ("Russian Volunteer Corps", "Mayak Intelligence"). */
export const ORGANIZATION_HEADS = new Set([
  'Corps', 'Legion', 'Brigade', 'Battalion', 'Regiment', 'Division', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Militia',
  'Group', 'Company', 'Wagner', 'Court', 'Ministry', 'Department', 'Agency', 'Service', 'Services', 'Directorate', 'Bureau',
  'Office', 'Council', 'Committee', 'Commission', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Duma', 'Rada', 'Party',
  'Movement', 'Front', 'Union', 'Alliance', 'Coalition', 'Organization', 'Organisation', 'Association', 'Foundation', 'Fund',
  'Institute', 'Institution', 'University', 'College', 'Academy', 'School', 'Center', 'Centre', 'Intelligence', 'Consultancy',
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Press', 'Telegraph', 'Guardian', 'Agency', 'Media',
  'Television', 'TV', 'Radio', 'Network', 'Bank', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'Corporation',
  'Holdings', 'Industries', 'Group', 'Partners', 'Church', 'Police', 'Cabinet', 'Government', 'Administration', 'Kremlin',
  'Tribunal', 'Prosecutor', 'Squad', 'Unit', 'Detachment', 'Command', 'Staff', 'Battalions', 'Brigades', 'Watch', 'International',
]);

/** Outlets and agencies: organizations, and the usual objects of SPOKE_TO. First name is the label. */
export const MEDIA_OUTLETS: string[][] = [
  ['Reuters'], ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP'], ['Bloomberg'], ['TASS', 'Tass'],
  ['RIA Novosti', 'RIA'], ['Interfax'], ['Ukrinform'], ['NBC News', 'NBC'], ['CNN'], ['BBC', 'BBC News'], ['ABC News'],
  ['CBS News'], ['Fox News'], ['Al Jazeera'], ['Sky News'], ['The New York Times', 'New York Times'],
  ['The Washington Post', 'Washington Post'], ['The Wall Street Journal', 'Wall Street Journal'], ['The Guardian'],
  ['Financial Times'], ['The Economist'], ['Politico'], ['Axios'], ['Meduza'], ['Novaya Gazeta'], ['Kyiv Independent'],
  ['Kyiv Post'], ['RT', 'Russia Today'], ['Deutsche Welle', 'DW'], ['Radio Free Europe', 'RFE/RL'], ['Euronews'], ['NPR'],
  ['Le Monde'], ['Der Spiegel'], ['Izvestia'], ['Kommersant'], ['Vedomosti'], ['Pravda'],
];

/** Companies and platforms that news mentions as actors. */
export const COMPANIES: string[][] = [
  ['Telegram'], ['Twitter'], ['Facebook'], ['Meta'], ['YouTube'], ['Google'], ['Instagram'], ['TikTok'], ['VKontakte', 'VK'],
  ['WhatsApp'], ['Microsoft'], ['Apple'], ['Amazon'], ['Gazprom'], ['Rosneft'], ['Lukoil'], ['SpaceX'], ['Starlink'],
  ['Wagner Group', 'Wagner'],
];

/** Names of places or buildings that stand for an institution. */
export const METONYMS: string[][] = [
  ['Kremlin'], ['White House'], ['Pentagon'], ['Downing Street'], ['Elysee', 'Élysée'], ['Bankova'], ['Capitol Hill'],
];

/** International bodies known by acronym or name. */
export const INTERNATIONAL_BODIES: string[][] = [
  ['NATO', 'North Atlantic Treaty Organization'], ['United Nations', 'UN', 'U.N.'], ['European Union', 'EU'],
  ['International Criminal Court', 'ICC'], ['International Atomic Energy Agency', 'IAEA'], ['World Health Organization', 'WHO'],
  ['Organization for Security and Co-operation in Europe', 'OSCE'], ['International Monetary Fund', 'IMF'],
  ['World Bank'], ['Red Cross', 'International Committee of the Red Cross', 'ICRC'], ['Amnesty International'],
  ['Human Rights Watch'], ['Islamic State', 'ISIS', 'ISIL'], ['Hamas'], ['Hezbollah'], ['Taliban'], ['al-Qaeda', 'Al Qaeda'],
  ['CIA', 'Central Intelligence Agency'], ['FBI', 'Federal Bureau of Investigation'], ['MI6'], ['Mossad'],
];
