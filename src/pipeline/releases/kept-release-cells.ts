import type { z } from 'zod';
import { Claims, Demographics, Enrollment, Metadata, type PublishedJsonName, Status, Timeline } from '../../schemas/published.ts';
import type { ReleaseCells } from '../protect/release-differences.ts';
import { cellId } from '../protect/cell-ids.ts';
import type { Release } from './release-tree.ts';
import { ReleaseError } from '../report/release-error.ts';

/**
 * Reads a kept release's published counts back into protect()'s cell ids, so that this run can make sure that
 * no published count differs from the same count in another release by a few people. Only published numbers
 * are read: they are all that readers have. A release that cannot be read throws a ReleaseError, because
 * differences with it could then not be checked.
 */
export function releaseCells(release: Release): ReleaseCells {
  const read = <S extends z.ZodType>(file: PublishedJsonName, schema: S): z.infer<S> => {
    const content = release.files.get(file);
    const where = `release ${release.asOfDate}: ${file}`;
    if (content === undefined) throw new ReleaseError(`${where} is missing, so changes since that release cannot be checked: restore the folder from version control`);
    let json: unknown;
    try {
      json = JSON.parse(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new ReleaseError(`${where} cannot be read by this version of stage 1 (${parsed.error.issues[0]?.message ?? 'not JSON'}), so changes since that release cannot be checked: publish with the stage 1 version that wrote it, or ask the maintainers`);
    return parsed.data;
  };
  const values = new Map<string, number | null>();
  const approximate = new Set<string>();
  const set = (id: string, row: { approximate: string[] }, field: string, value: number | null) => {
    values.set(id, value);
    if (row.approximate.includes(field)) approximate.add(id);
  };
  const targets = new Map<string, number>();
  for (const c of read('enrollment.json', Enrollment).cells) {
    const id = cellId.enrolled(c.code, c.category);
    set(id, c, 'count', c.count);
    if (c.target !== null) targets.set(id, c.target);
  }
  for (const r of read('status.json', Status).rows) {
    set(cellId.nonActive(r.code), r, 'nonActive', r.nonActive);
    set(cellId.registered(r.code), r, 'registered', r.registered);
  }
  for (const r of read('demographics.json', Demographics).rows)
    set((r.dimension === 'jenis_kelamin' ? cellId.sex : cellId.age)(r.code, r.group), r, 'count', r.count);
  const timeline = read('timeline.json', Timeline).rows;
  for (const r of timeline) {
    set(cellId.newInMonth(r.month, r.batch), r, 'newCount', r.newCount);
    set(cellId.cumulative(r.month, r.batch), r, 'cumulative', r.cumulative);
  }
  for (const r of read('claims.json', Claims).rows) {
    set(cellId.claims(r.code, r.program), r, 'claims', r.claims);
    set(cellId.claimRupiah(r.code, r.program), r, 'amountRupiah', r.amountRupiah);
  }
  const months = [...new Set(timeline.map((r) => r.month))].sort();
  const { perturbation } = read('metadata.json', Metadata).disclosure;
  return { asOfDate: release.asOfDate, values, approximate, perturbation, targets, months };
}
