import type { RegionIndex } from '../../src/pipeline/load/official-areas.ts';
import type { Program } from '../../src/schemas/program.ts';
import { villageKindOf } from '../../src/shared/area-kind.ts';
import { dayNumber } from './day-number.ts';
import { drawPerson, type EnrollmentRow } from './enrollment-people.ts';
import type { Prng } from './prng.ts';
import { createNikIssuer, syntheticNikPrefix, type MemberStatus, type SyntheticPerson } from './synthetic-person.ts';

/** Active members per village and category, [min, max], by the village's kind; made up, plausible, small. */
const PER_VILLAGE: Readonly<Record<string, { kelurahan: readonly [number, number]; desa: readonly [number, number]; share?: number }>> = {
  'ketua-rt': { kelurahan: [6, 20], desa: [4, 12] },
  'ketua-rw': { kelurahan: [2, 6], desa: [1, 4] },
  'kader-posyandu': { kelurahan: [2, 8], desa: [3, 8] },
  'pekerja-sosial-keagamaan': { kelurahan: [0, 4], desa: [0, 4] },
  /** Fishers live in a quarter of the villages (the coast), farmers in most desa and a few kelurahan. */
  nelayan: { kelurahan: [3, 20], desa: [3, 20], share: 0.25 },
  petani: { kelurahan: [0, 5], desa: [2, 16] },
  'ojek-online': { kelurahan: [1, 10], desa: [0, 3] },
};
const NON_ACTIVE_SHARE = 0.01;
const DECEASED_SHARE = 0.3;
/** Share of members enrolled on the batch's first day; the rest joined later, up to the as-of date. */
const ON_START_SHARE = 0.6;

/**
 * Synthetic members of every village of `index`: counts per category drawn by the village's kind, NIKs with the
 * region's province and regency digits and 99 as kecamatan, so none can be a real person's. Fishers and farmers go
 * to the XLSX export ('nelayan-petani'), everyone else to the CSV one ('pekerja-rentan'); rows in enrolment order.
 */
export function regionPeople(program: Program, index: RegionIndex, rng: Prng): { people: SyntheticPerson[]; rows: EnrollmentRow[] } {
  const issueNik = createNikIssuer([], syntheticNikPrefix(program.region.code));
  const asOfDay = dayNumber(program.asOfDate);
  const people: SyntheticPerson[] = [];
  const add = (categoryId: string, kelurahan: RegionIndex['kelurahan'][number], status: MemberStatus) => {
    const category = program.categories.find((c) => c.id === categoryId);
    const batch = program.batches.find((b) => b.id === category?.batch);
    if (!category || !batch) throw new Error(`The region sample has no category "${categoryId}" with a batch in its program.json.`);
    const start = dayNumber(batch.start);
    const enrolledDay = rng.chance(ON_START_SHARE) ? start : rng.int(start + 5, asOfDay - 2);
    people.push(drawPerson({ seq: people.length + 1, category, kelurahan, status, enrolledDay, asOfDay }, rng, issueNik));
  };
  for (const category of program.categories) {
    const model = PER_VILLAGE[category.id];
    if (!model) throw new Error(`The region sample has no model for category "${category.id}"; add it to scripts/sample/region-people.ts.`);
    for (const village of index.kelurahan) {
      if (model.share !== undefined && !rng.chance(model.share)) continue;
      const [min, max] = model[villageKindOf(village.code)];
      for (let n = rng.int(min, max); n > 0; n--) add(category.id, village, 'AKTIF');
    }
  }
  const active = [...people];
  for (let n = Math.round(active.length * NON_ACTIVE_SHARE); n > 0; n--) {
    const like = active[rng.int(0, active.length - 1)]!;
    const village = index.kelurahan.find((k) => k.code === like.kelurahanCode)!;
    add(like.categoryId, village, rng.chance(DECEASED_SHARE) ? 'MENINGGAL' : 'NON AKTIF');
  }
  const groupOf = new Map(program.categories.map((c) => [c.id, c.group]));
  const rows = people
    .map((person) => ({ file: groupOf.get(person.categoryId) === 'nelayan-petani' ? 'nelayan-petani' as const : 'pekerja-rentan' as const, person, key: rng.next() }))
    .sort((a, b) => a.person.enrolledDay - b.person.enrolledDay || a.key - b.key)
    .map(({ file, person }) => ({ file, person }));
  return { people, rows };
}
