import type { Category, Program } from '../../src/schemas/program.ts';
import type { KelurahanProfile } from './kelurahan-profiles.ts';
import { PERSON_TRAITS, type PersonTraits } from './person-traits.ts';
import { dayNumber } from './day-number.ts';
import { prngFor, type Prng } from './prng.ts';
import {
  createNikIssuer,
  syntheticKpj,
  syntheticName,
  syntheticPhone,
  type MemberStatus,
  type Sex,
  type SyntheticPerson,
} from './synthetic-person.ts';

/** The three enrollment exports of the sample. */
export type EnrollmentFileId = 'pekerja-rentan' | 'nelayan-petani' | 'apbd-p';

export interface EnrollmentRow {
  file: EnrollmentFileId;
  person: SyntheticPerson;
}

export interface SamplePeople {
  people: SyntheticPerson[];
  /** Rows per file in export order; planted duplicates included. */
  rows: EnrollmentRow[];
  /** NIKs planted twice, to show the duplicate path. */
  duplicateNiks: string[];
}

/** Non-active rows on top of the active ones, as a share of each category's active total. */
const NON_ACTIVE_SHARE = 0.005;
/** Share of non-active rows that are deaths; the June batch has been exposed twice as long. */
const DECEASED_SHARE: Record<string, number> = { 'apbd-2025': 0.35, 'apbd-p-2025': 0.15 };
const SAME_FILE_DUPLICATES = 6;
const CROSS_FILE_DUPLICATES = 4;
/** Share of each batch enrolled on its first day; the rest joined later, up to the as-of date. */
const ON_START_SHARE: Record<string, number> = { 'apbd-2025': 0.45, 'apbd-p-2025': 0.85 };

export function enrollmentFileOf(category: Category): EnrollmentFileId {
  if (category.batch === 'apbd-p-2025') return 'apbd-p';
  if (category.batch === 'apbd-2025') return category.group === 'nelayan-petani' ? 'nelayan-petani' : 'pekerja-rentan';
  throw new Error(`The sample generator has no export file for batch "${category.batch}"; add one in scripts/sample/enrollment-people.ts.`);
}

function traitsOf(id: string): PersonTraits {
  const traits = PERSON_TRAITS[id];
  if (!traits) throw new Error(`No person traits for category "${id}"; add it to scripts/sample/person-traits.ts.`);
  return traits;
}

/** Real lists carry academic titles after a comma and nicknames in quotes; these force CSV quoting. */
function decoratedName(seq: number, categoryId: string, rng: Prng): string {
  const name = syntheticName(seq);
  if (categoryId === 'pekerja-sosial-keagamaan' && rng.chance(0.01)) return `${name}, S.PD.I`;
  if (categoryId === 'kader-posyandu' && rng.chance(0.005)) return `${name}, S.KEP`;
  if (categoryId === 'ojek-online' && rng.chance(0.002)) return `${name} ALS "ABANG"`;
  return name;
}

/** Who a new person is: everything but what is drawn at random. */
export interface NewPerson {
  seq: number;
  category: Category;
  kelurahan: { code: string; kecamatanCode: string };
  status: MemberStatus;
  enrolledDay: number;
  /** Ages are drawn for this day (the export's as-of date). */
  asOfDay: number;
}

/** One synthetic person of a category: age, sex, KATEGORI spelling and name drawn from its traits; a new NIK. */
export function drawPerson(who: NewPerson, rng: Prng, issueNik: (birthDay: number, sex: Sex) => string): SyntheticPerson {
  const traits = traitsOf(who.category.id);
  const age = rng.uniform(traits.ages[0], traits.ages[1] + 1);
  const birthDay = who.asOfDay - Math.floor(age * 365.2425);
  const kategori = rng.weighted(traits.kategori);
  const sex = rng.chance(traits.femaleByKategori?.[kategori] ?? traits.female) ? 'P' : 'L';
  return {
    seq: who.seq,
    nik: issueNik(birthDay, sex),
    name: decoratedName(who.seq, who.category.id, rng),
    kpj: syntheticKpj(who.seq),
    phone: syntheticPhone(who.seq),
    birthDay,
    sex,
    kecamatanCode: who.kelurahan.kecamatanCode,
    kelurahanCode: who.kelurahan.code,
    categoryId: who.category.id,
    kategori,
    enrolledDay: who.enrolledDay,
    status: who.status,
  };
}

/** Every synthetic person and export row, from the active counts per category and kelurahan. */
export function enrollmentPeople(
  program: Program,
  profiles: readonly KelurahanProfile[],
  spread: ReadonlyMap<string, readonly number[]>,
): SamplePeople {
  const rng = prngFor('people');
  const issueNik = createNikIssuer();
  const asOfDay = dayNumber(program.asOfDate);
  const people: SyntheticPerson[] = [];

  const addPerson = (category: Category, kelurahan: KelurahanProfile, status: MemberStatus) => {
    const batch = program.batches.find((b) => b.id === category.batch);
    if (!batch) throw new Error(`Category "${category.id}" names unknown batch "${category.batch}".`);
    const start = dayNumber(batch.start);
    const enrolledDay = rng.chance(ON_START_SHARE[batch.id] ?? 0.5) ? start : rng.int(start + 5, asOfDay - 2);
    people.push(drawPerson({ seq: people.length + 1, category, kelurahan, status, enrolledDay, asOfDay }, rng, issueNik));
  };

  for (const category of program.categories) {
    const counts = spread.get(category.id) ?? [];
    profiles.forEach((kelurahan, i) => {
      for (let n = 0; n < (counts[i] ?? 0); n++) addPerson(category, kelurahan, 'AKTIF');
    });
  }
  for (const category of program.categories) {
    const counts = spread.get(category.id) ?? [];
    const total = counts.reduce((a, n) => a + n, 0);
    const where = profiles.map((k, i) => [k, counts[i] ?? 0] as const);
    for (let n = Math.round(total * NON_ACTIVE_SHARE); n > 0; n--)
      addPerson(category, rng.weighted(where), rng.chance(DECEASED_SHARE[category.batch] ?? 0.2) ? 'MENINGGAL' : 'NON AKTIF');
  }

  const fileOf = new Map(program.categories.map((c) => [c.id, enrollmentFileOf(c)]));
  const rows: (EnrollmentRow & { key: number })[] = people.map((person) => ({
    file: fileOf.get(person.categoryId) ?? 'apbd-p',
    person,
    key: rng.next(),
  }));
  const duplicateNiks: string[] = [];
  const plant = (candidates: SyntheticPerson[], count: number, file: (p: SyntheticPerson) => EnrollmentFileId) => {
    const picked = new Set<number>();
    while (picked.size < count) {
      const person = candidates[rng.int(0, candidates.length - 1)];
      if (!person || picked.has(person.seq) || duplicateNiks.includes(person.nik)) continue;
      picked.add(person.seq);
      duplicateNiks.push(person.nik);
      rows.push({ file: file(person), person, key: rng.next() });
    }
  };
  const active = people.filter((p) => p.status === 'AKTIF' && p.categoryId !== 'ketua-lpm');
  plant(active, SAME_FILE_DUPLICATES, (p) => fileOf.get(p.categoryId) ?? 'apbd-p');
  // The same fisher or farmer also sent in the other list of the same batch.
  plant(active.filter((p) => fileOf.get(p.categoryId) === 'nelayan-petani'), CROSS_FILE_DUPLICATES, () => 'pekerja-rentan');

  // Exports list people in the order they were registered.
  rows.sort((a, b) => a.person.enrolledDay - b.person.enrolledDay || a.key - b.key);
  return { people, rows: rows.map(({ file, person }) => ({ file, person })), duplicateNiks };
}
