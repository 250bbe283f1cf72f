// State institutions that news names by kind and country ("Ukraine's defense ministry", "the Ukrainian army"):
// every phrasing of one kind for one country is one organization.

export interface InstitutionKind {
  id: string;
  /** Label pattern; `{country}` is replaced by the country's canonical name. */
  label: string;
  /** Lowercased phrasings, longest first when they overlap. */
  phrases: string[];
  /** Acronyms that name this kind for one country. */
  acronyms?: Record<string, string>;
}

export const INSTITUTION_KINDS: InstitutionKind[] = [
  {
    id: 'armed-forces',
    label: 'Armed Forces of {country}',
    phrases: ['armed forces', 'army', 'military', 'command', 'military command'],
    acronyms: { ZSU: 'Ukraine', AFU: 'Ukraine' },
  },
  {
    id: 'military-intelligence',
    label: 'Main Intelligence Directorate of {country}',
    phrases: [
      'main intelligence directorate',
      'military intelligence directorate',
      'military intelligence agency',
      'defence intelligence',
      'defense intelligence',
      'military intelligence service',
      'military intelligence',
      'intelligence directorate',
    ],
    acronyms: { GUR: 'Ukraine', HUR: 'Ukraine', GRU: 'Russia', DIA: 'United States' },
  },
  {
    id: 'security-service',
    label: 'Security Service of {country}',
    phrases: ['security service', 'federal security service', 'security services', 'intelligence services'],
    acronyms: { SBU: 'Ukraine', FSB: 'Russia', KGB: 'Russia', SVR: 'Russia' },
  },
  {
    id: 'defense-ministry',
    label: 'Ministry of Defence of {country}',
    phrases: [
      'defense ministry',
      'defence ministry',
      'ministry of defense',
      'ministry of defence',
      'defense department',
      'department of defense',
    ],
    acronyms: { MOD: 'United Kingdom' },
  },
  {
    id: 'foreign-ministry',
    label: 'Ministry of Foreign Affairs of {country}',
    phrases: ['foreign ministry', 'ministry of foreign affairs', 'foreign office', 'state department'],
  },
  {
    id: 'interior-ministry',
    label: 'Ministry of Internal Affairs of {country}',
    phrases: ['interior ministry', 'ministry of internal affairs', 'ministry of the interior', 'home office'],
  },
  {
    id: 'justice-ministry',
    label: 'Ministry of Justice of {country}',
    phrases: ['justice ministry', 'ministry of justice', 'justice department', 'department of justice'],
  },
  { id: 'supreme-court', label: 'Supreme Court of {country}', phrases: ['supreme court'] },
  { id: 'constitutional-court', label: 'Constitutional Court of {country}', phrases: ['constitutional court'] },
  { id: 'national-guard', label: 'National Guard of {country}', phrases: ['national guard', 'rosgvardia'] },
  { id: 'navy', label: 'Navy of {country}', phrases: ['navy', 'naval forces'] },
  { id: 'air-force', label: 'Air Force of {country}', phrases: ['air force', 'air forces', 'aerospace forces'] },
  {
    id: 'border-guard',
    label: 'Border Guard of {country}',
    phrases: ['border guard', 'border service', 'border guards'],
  },
  { id: 'general-staff', label: 'General Staff of {country}', phrases: ['general staff'] },
  {
    id: 'investigative-committee',
    label: 'Investigative Committee of {country}',
    phrases: ['investigative committee'],
  },
  {
    id: 'prosecutor-general',
    label: "Prosecutor General's Office of {country}",
    phrases: [
      "prosecutor general's office",
      'prosecutor general’s office',
      'prosecutor-general’s office',
      "prosecutor-general's office",
    ],
  },
  { id: 'parliament', label: 'Parliament of {country}', phrases: ['parliament'] },
  { id: 'central-bank', label: 'Central Bank of {country}', phrases: ['central bank'] },
];
