import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellId } from '../../../src/pipeline/protect/cell-ids.ts';
import { releaseCells } from '../../../src/pipeline/releases/kept-release-cells.ts';
import { knownInRelease, smallDifferences, type ReleaseCells } from '../../../src/pipeline/protect/release-differences.ts';
import type { Release } from '../../../src/pipeline/releases/release-tree.ts';
import type { SdcCell } from '../../../src/pipeline/protect/sdc-input.ts';
import { DEMO_INPUTS } from '../../../scripts/data.ts';
import { copyInput, readTree, runInTurn, runOn } from '../../helpers/stage1.ts';
import { ReleaseError } from '../../../src/pipeline/report/release-error.ts';

/**
 * The demo inputs under today's suppression (the baseline method, whose cross-release rule these tests hold), with the
 * LPM heads published per kelurahan as before the sample moved them to kecamatan.
 */
const [OCT_IN, NOV_IN] = await Promise.all(DEMO_INPUTS.map((dir) => copyInput(dir, (program) => ({
  ...program,
  disclosure: { ...program.disclosure, method: 'suppression' },
  categories: program.categories.map((c: { id: string }) => (c.id === 'ketua-lpm' ? { ...c, finestGeography: 'kelurahan' } : c)),
})))) as [string, string];
const FILES = ['metadata.json', 'enrollment.json', 'status.json', 'demographics.json', 'timeline.json', 'claims.json'];

/** One kept release of a published folder, as stage 1 reads it back. */
async function releaseAt(outDir: string, date: string): Promise<Release> {
  const files = new Map<string, Uint8Array>();
  for (const f of FILES) files.set(f, await readFile(join(outDir, 'rilis', date, f)));
  return { asOfDate: date, synthetic: true, regionCode: '21.71', files };
}

/**
 * Counts published in both releases whose difference is 1 to k−1, with k as each release's metadata.json states
 * it (the category's threshold for its enrollment counts, k for every other count, none for rupiah).
 */
async function smallPublishedChanges(outDir: string, a: string, b: string): Promise<string[]> {
  const [one, two] = [releaseCells(await releaseAt(outDir, a)), releaseCells(await releaseAt(outDir, b))];
  const meta = JSON.parse(await readFile(join(outDir, 'rilis', b, 'metadata.json'), 'utf8'));
  const threshold = (id: string) => {
    const [kind, , category] = id.split('|');
    if (kind === 'v') return 1;
    return meta.categories.find((c: { id: string }) => kind === 'e' && c.id === category)?.threshold ?? meta.disclosure.k;
  };
  const out: string[] = [];
  for (const [id, v] of two.values) {
    const p = one.values.get(id);
    if (v === null || p === null || p === undefined) continue;
    const d = Math.abs(v - p);
    if (d >= 1 && d < threshold(id)) out.push(`${id}: ${p} → ${v}`);
  }
  return out;
}

describe('runStage1 on the demo releases: no published count changes by 1 to k−1 between releases', () => {
  it('runStage1(Oct) then runStage1(Nov) hides the counts that changed by a few people, and only those it must', async () => {
    const { outDir, results } = await runInTurn(OCT_IN, NOV_IN);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[0]!.hiddenForChanges).toBe(0);
    expect(results[1]!.hiddenForChanges).toBeGreaterThan(0);
    expect(await smallPublishedChanges(outDir, '2025-10-31', '2025-11-30')).toEqual([]);
    // Most counts stay comparable: more than half of those published in October are published in November too.
    const [oct, nov] = [releaseCells(await releaseAt(outDir, '2025-10-31')), releaseCells(await releaseAt(outDir, '2025-11-30'))];
    const inBoth = [...oct.values].filter(([id, v]) => v !== null && nov.values.get(id) != null).length;
    expect(inBoth / [...oct.values.values()].filter((v) => v !== null).length).toBeGreaterThan(0.5);
    // The city's headline counts by category stay published, except the two each release hides on its own.
    const hiddenAtKota = (r: ReleaseCells) => [...r.values].filter(([id, v]) => v === null && id.startsWith('e|21.71|')).map(([id]) => id).sort();
    expect(hiddenAtKota(nov)).toEqual([cellId.enrolled('21.71', 'ketua-lpm'), cellId.enrolled('21.71', 'penambang-pancung')]);
  });

  it('runStage1(Nov) then runStage1(Oct) — October filled in later — protects October against November instead', async () => {
    const { outDir, results } = await runInTurn(NOV_IN, OCT_IN);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[1]!.hiddenForChanges).toBeGreaterThan(0);
    expect(await smallPublishedChanges(outDir, '2025-10-31', '2025-11-30')).toEqual([]);
  });

  it('runStage1 again on either demo input, with both releases kept, reports it unchanged and writes the same bytes', async () => {
    const { outDir } = await runInTurn(OCT_IN, NOV_IN);
    const before = await readTree(outDir);
    for (const input of [OCT_IN, NOV_IN]) {
      const { result } = await runOn(input, { outDir });
      expect(result.release, input).toMatchObject({ replaces: true, unchanged: true });
    }
    expect(await readTree(outDir)).toEqual(before);
  });
});

describe('releaseCells(release)', () => {
  it('releaseCells reads every published count of a release under the cell ids protect() uses, with targets', async () => {
    const { outDir } = await runInTurn(NOV_IN);
    const cells = releaseCells(await releaseAt(outDir, '2025-11-30'));
    const enrollment = JSON.parse(await readFile(join(outDir, 'enrollment.json'), 'utf8')).cells;
    const claims = JSON.parse(await readFile(join(outDir, 'claims.json'), 'utf8')).rows;
    expect(cells.values.size).toBe(1245); // as stage 1 reported: "of 1,245 counts"
    for (const c of enrollment) expect(cells.values.get(cellId.enrolled(c.code, c.category)), `${c.code} ${c.category}`).toBe(c.count);
    for (const r of claims) expect(cells.values.get(cellId.claimRupiah(r.code, r.program))).toBe(r.amountRupiah);
    expect(cells.targets.size).toBe(enrollment.filter((c: { target: number | null }) => c.target !== null).length);
  });

  it('releaseCells reads which published counts are approximate, and the perturbation table they were drawn from', async () => {
    const { outDir } = await runInTurn(DEMO_INPUTS[1]!);
    const cells = releaseCells(await releaseAt(outDir, '2025-11-30'));
    const metadata = JSON.parse(await readFile(join(outDir, 'metadata.json'), 'utf8'));
    const enrollment = JSON.parse(await readFile(join(outDir, 'enrollment.json'), 'utf8')).cells;
    const timeline = JSON.parse(await readFile(join(outDir, 'timeline.json'), 'utf8')).rows;
    expect(metadata.disclosure.method).toBe('cell-key');
    expect(cells.perturbation).toEqual(metadata.disclosure.perturbation);
    for (const c of enrollment) expect(cells.approximate.has(cellId.enrolled(c.code, c.category)), `${c.code} ${c.category}`).toBe(c.approximate.includes('count'));
    for (const r of timeline) expect(cells.approximate.has(cellId.cumulative(r.month, r.batch))).toBe(r.approximate.includes('cumulative'));
    expect(cells.approximate.size).toBeGreaterThan(100);
  });

  it('releaseCells(a release missing a file, or with a file of another shape) throws a ReleaseError naming the release and file', async () => {
    const { outDir } = await runInTurn(NOV_IN);
    const release = await releaseAt(outDir, '2025-11-30');
    const without = new Map(release.files);
    without.delete('timeline.json');
    expect(() => releaseCells({ ...release, files: without })).toThrow(ReleaseError);
    expect(() => releaseCells({ ...release, files: without })).toThrow(/release 2025-11-30: timeline\.json is missing/);
    const older = new Map(release.files);
    older.set('status.json', JSON.stringify({ schemaVersion: 0, rows: [] }));
    expect(() => releaseCells({ ...release, files: older })).toThrow(/release 2025-11-30: status\.json cannot be read by this version of stage 1/);
    older.set('status.json', 'not json');
    expect(() => releaseCells({ ...release, files: older })).toThrow(/status\.json cannot be read/);
  });
});

describe('knownInRelease and smallDifferences', () => {
  const cell = (id: string, value: number, k = 5): SdcCell => ({ id, value, k });
  const equations = [{ total: 't', parts: ['a', 'b'] }];

  it('knownInRelease counts a hidden count as known when the release\'s own sums pin it, not when two are hidden', () => {
    const pinned: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', 12], ['b', null]]), targets: new Map(), months: [], approximate: new Set(), perturbation: null };
    expect(knownInRelease(pinned, equations)).toEqual(new Map([['t', 30], ['a', 12], ['b', 18]]));
    const open: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', null], ['b', null]]), targets: new Map(), months: [], approximate: new Set(), perturbation: null };
    expect(knownInRelease(open, equations)).toEqual(new Map([['t', 30]]));
    // A target caps a hidden count: 0 ≤ b ≤ 0 pins it.
    const capped: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', null], ['b', null]]), targets: new Map([['b', 0]]), months: [], approximate: new Set(), perturbation: null };
    expect(knownInRelease(capped, equations).get('a')).toBe(30);
  });

  it('knownInRelease treats an approximate value as unknown, not as a count', () => {
    const noisy: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', 12], ['b', 19]]), targets: new Map(), months: [], approximate: new Set(['a', 'b']), perturbation: null };
    expect(knownInRelease(noisy, equations)).toEqual(new Map([['t', 30]]));
  });

  it('knownInRelease leaves out equations over cells the release did not have', () => {
    const partial: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', null]]), targets: new Map(), months: [], approximate: new Set(), perturbation: null };
    expect(knownInRelease(partial, equations)).toEqual(new Map([['t', 30]]));
  });

  it('knownInRelease(a release whose counts do not add up under these sums) throws a ReleaseError naming the release', () => {
    const changed: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', 12], ['b', 10]]), targets: new Map(), months: [], approximate: new Set(), perturbation: null };
    expect(() => knownInRelease(changed, equations)).toThrow(ReleaseError);
    expect(() => knownInRelease(changed, equations)).toThrow(/release 2025-10-31's published counts do not add up/);
  });

  it('knownInRelease(a release that enrolled more people than a target) drops the targets as caps, keeping the sums', () => {
    // a + b = 30 with targets of 10 each: more were enrolled than the targets, so they cap nothing.
    const over: ReleaseCells = { asOfDate: '2025-10-31', values: new Map([['t', 30], ['a', null], ['b', null]]), targets: new Map([['a', 10], ['b', 10]]), months: [], approximate: new Set(), perturbation: null };
    expect(knownInRelease(over, equations)).toEqual(new Map([['t', 30]]));
    // Sound targets do cap: a + b = 20 with targets of 10 each pins both.
    const full: ReleaseCells = { ...over, values: new Map([['t', 20], ['a', null], ['b', null]]) };
    expect(knownInRelease(full, equations)).toEqual(new Map([['t', 20], ['a', 10], ['b', 10]]));
  });

  it('smallDifferences flags differences from 1 to k−1 in either direction, not 0 and not k, against any release', () => {
    const cells = new Map([cell('a', 0), cell('b', 0), cell('c', 0), cell('d', 0), cell('e', 0, 10), cell('v', 0, 1)].map((c) => [c.id, c]));
    const now = new Map([['a', 40], ['b', 40], ['c', 40], ['d', 40], ['e', 40], ['v', 40]]);
    const before = new Map([['a', 41], ['b', 40], ['c', 45], ['d', 36], ['e', 31], ['v', 39]]);
    expect(smallDifferences(cells, now, [before])).toEqual(['a', 'd', 'e']);
    expect(smallDifferences(cells, now, [new Map([['c', 43]]), before])).toEqual(['a', 'c', 'd', 'e']);
    expect(smallDifferences(cells, now, [])).toEqual([]);
  });
});
