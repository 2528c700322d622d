import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors.ts';
import { Program } from '../../src/schemas/program.ts';
import { loadBatamAreas } from './batam-areas.ts';
import { categorySpread } from './category-spread.ts';
import { areaNamesOf } from './enrollment-files.ts';
import { enrollmentPeople } from './enrollment-people.ts';
import { kelurahanProfiles } from './kelurahan-profiles.ts';
import { PERSON_TRAITS } from './person-traits.ts';
import { sampleClaims } from './sample-claims.ts';
import { sampleTargets } from './sample-targets.ts';

/** The demo's program.json: the generator reads it and never writes it. */
export const PROGRAM_PATH = fileURLToPath(new URL('../../data/sample/program.json', import.meta.url));

/** Compares ignoring case, spaces and punctuation, as stage 1 matches categories. */
const categoryKey = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Every KATEGORI spelling the generator writes must be one stage 1 accepts for that category. */
export function checkKategoriSpellings(program: Program): void {
  for (const category of program.categories) {
    const accepted = new Set([category.label.id, category.label.en, ...category.aliases].map(categoryKey));
    for (const [written] of PERSON_TRAITS[category.id]?.kategori ?? [])
      if (!accepted.has(categoryKey(written)))
        throw new Error(`The sample writes KATEGORI "${written}" for ${category.id}, which program.json does not list; add it to the aliases or change scripts/sample/person-traits.ts.`);
  }
}

/** The demo's synthetic people as of program.json's as-of date, and everything derived from them, before anything is written. */
export async function demoSample() {
  const programText = await readFile(PROGRAM_PATH, 'utf8');
  const program = parseWithFriendlyErrors(Program, JSON.parse(programText), PROGRAM_PATH);
  checkKategoriSpellings(program);
  const areas = await loadBatamAreas();
  const profiles = kelurahanProfiles(areas);
  const spread = categorySpread(profiles, areas);
  const sample = enrollmentPeople(program, profiles, spread);
  const targets = sampleTargets(profiles, spread);
  const deathDays = new Map<number, number>();
  const claims = sampleClaims(sample.people, program.asOfDate, (person, day) => deathDays.set(person.seq, day));
  return { programText, program, areas, sample, targets, claims, deathDays, areaNames: areaNamesOf(areas) };
}
export type DemoSample = Awaited<ReturnType<typeof demoSample>>;
