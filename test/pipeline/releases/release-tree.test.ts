import { describe, expect, it } from 'vitest';
import { releaseLines } from '../../../src/pipeline/cli.ts';
import { releaseTree, type Release } from '../../../src/pipeline/releases/release-tree.ts';
import { ReleaseIndex } from '../../../src/schemas/published-releases.ts';
import { ReleaseError } from '../../../src/pipeline/report/release-error.ts';

/** A tiny release whose manifest is the text "abc", so its sha256 is the FIPS 180-2 test vector. */
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
/** sha256 of the empty string (FIPS 180-2 / NIST example). */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const release = (asOfDate: string, body: string, manifest = 'abc', regionCode = '21.71'): Release => ({
  asOfDate, synthetic: true, regionCode,
  files: new Map<string, string | Uint8Array>([['manifest.json', manifest], ['enrollment.json', body], ['csv/klaim.csv', `${asOfDate}\r\n`]]),
});
const text = (files: Map<string, string | Uint8Array>) => new Map([...files].map(([p, c]) => [p, Buffer.from(c).toString('utf8')]));
const index = (files: Map<string, string | Uint8Array>) => ReleaseIndex.parse(JSON.parse(text(files).get('rilis.json')!));

describe('releaseTree(kept, release)', () => {
  it('releaseTree([], first) writes it at the top level and in rilis/<date>/, and a one-entry rilis.json', () => {
    const { plan, files } = releaseTree([], release('2025-10-31', 'oct'));
    expect(plan).toEqual({ asOfDate: '2025-10-31', isLatest: true, replaces: false, unchanged: false, latest: '2025-10-31', releases: ['2025-10-31'] });
    expect([...files.keys()].sort()).toEqual([
      'csv/klaim.csv', 'enrollment.json', 'manifest.json',
      'rilis.json', 'rilis/2025-10-31/csv/klaim.csv', 'rilis/2025-10-31/enrollment.json', 'rilis/2025-10-31/manifest.json',
    ]);
    expect(text(files).get('enrollment.json')).toBe('oct');
    expect(text(files).get('rilis/2025-10-31/enrollment.json')).toBe('oct');
    expect(index(files)).toEqual({
      schemaVersion: 2, regionCode: '21.71', latest: '2025-10-31',
      releases: [{ asOfDate: '2025-10-31', synthetic: true, manifestSha256: ABC_SHA256 }],
    });
  });

  it('releaseTree([older], newer) makes the newer one the top level and keeps the older one byte for byte', () => {
    const older = release('2025-10-31', 'oct');
    const { plan, files } = releaseTree([older], release('2025-11-30', 'nov', ''));
    expect(plan).toMatchObject({ isLatest: true, replaces: false, latest: '2025-11-30', releases: ['2025-11-30', '2025-10-31'] });
    expect(text(files).get('enrollment.json')).toBe('nov');
    expect(text(files).get('rilis/2025-11-30/enrollment.json')).toBe('nov');
    for (const [path, content] of older.files) expect(files.get(`rilis/2025-10-31/${path}`)).toBe(content);
    expect(index(files).releases).toEqual([
      { asOfDate: '2025-11-30', synthetic: true, manifestSha256: EMPTY_SHA256 },
      { asOfDate: '2025-10-31', synthetic: true, manifestSha256: ABC_SHA256 },
    ]);
  });

  it('releaseTree([newer], older) back-fills rilis/<older>/ only: the top level stays the newer release', () => {
    const newer = release('2025-11-30', 'nov', '');
    const { plan, files } = releaseTree([newer], release('2025-10-31', 'oct'));
    expect(plan).toMatchObject({ isLatest: false, replaces: false, latest: '2025-11-30', releases: ['2025-11-30', '2025-10-31'] });
    for (const [path, content] of newer.files) {
      expect(files.get(path)).toBe(content);
      expect(files.get(`rilis/2025-11-30/${path}`)).toBe(content);
    }
    expect(text(files).get('rilis/2025-10-31/enrollment.json')).toBe('oct');
    expect(index(files).latest).toBe('2025-11-30');
  });

  it('releaseTree(kept, release of the same date) replaces it (a correction) and leaves the others as they were', () => {
    const kept = [release('2025-11-30', 'nov'), release('2025-10-31', 'oct'), release('2025-09-30', 'sep')];
    const { plan, files } = releaseTree(kept, release('2025-10-31', 'oct corrected'));
    expect(plan).toMatchObject({ isLatest: false, replaces: true, unchanged: false, latest: '2025-11-30', releases: ['2025-11-30', '2025-10-31', '2025-09-30'] });
    expect(text(files).get('rilis/2025-10-31/enrollment.json')).toBe('oct corrected');
    expect(text(files).get('rilis/2025-09-30/enrollment.json')).toBe('sep');
    expect(text(files).get('enrollment.json')).toBe('nov');
    expect(index(files).releases.map((r) => r.asOfDate)).toEqual(['2025-11-30', '2025-10-31', '2025-09-30']);
  });

  it('releaseTree(kept, the same files again) says unchanged; a correction of the latest is written at the top level', () => {
    expect(releaseTree([release('2025-11-30', 'nov')], release('2025-11-30', 'nov')).plan).toMatchObject({ replaces: true, unchanged: true });
    const { plan, files } = releaseTree([release('2025-11-30', 'nov'), release('2025-10-31', 'oct')], release('2025-11-30', 'nov v2'));
    expect(plan).toMatchObject({ isLatest: true, replaces: true, unchanged: false });
    expect(text(files).get('enrollment.json')).toBe('nov v2');
  });

  it('releaseTree(kept of another region) refuses with a ReleaseError naming both regions', () => {
    expect(() => releaseTree([release('2025-10-31', 'x', 'abc', '21.72')], release('2025-11-30', 'y'))).toThrow(ReleaseError);
    expect(() => releaseTree([release('2025-10-31', 'x', 'abc', '21.72')], release('2025-11-30', 'y'))).toThrow(/21\.72.*21\.71/);
  });

  it('releaseTree gives the same bytes whatever order the kept releases come in', () => {
    const a = releaseTree([release('2025-09-30', 'sep'), release('2025-10-31', 'oct')], release('2025-11-30', 'nov'));
    const b = releaseTree([release('2025-10-31', 'oct'), release('2025-09-30', 'sep')], release('2025-11-30', 'nov'));
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    expect(text(b.files)).toEqual(text(a.files));
  });
});

describe('ReleaseIndex (rilis.json)', () => {
  const entry = (asOfDate: string) => ({ asOfDate, synthetic: false, manifestSha256: ABC_SHA256 });
  it('ReleaseIndex accepts newest-first releases whose first is latest', () => {
    expect(ReleaseIndex.safeParse({ schemaVersion: 2, regionCode: '21.71', latest: '2025-11-30', releases: [entry('2025-11-30'), entry('2025-10-31')] }).success).toBe(true);
  });
  it('ReleaseIndex rejects oldest-first order, a repeated date, a latest that is not the newest, and no release', () => {
    const bad = [
      { latest: '2025-10-31', releases: [entry('2025-10-31'), entry('2025-11-30')] },
      { latest: '2025-11-30', releases: [entry('2025-11-30'), entry('2025-11-30')] },
      { latest: '2025-10-31', releases: [entry('2025-11-30'), entry('2025-10-31')] },
      { latest: '2025-10-31', releases: [] },
    ];
    for (const b of bad) expect(ReleaseIndex.safeParse({ schemaVersion: 2, regionCode: '21.71', ...b }).success, JSON.stringify(b)).toBe(false);
  });
});

describe('releaseLines(plan, out)', () => {
  const plan = { asOfDate: '2025-10-31', isLatest: false, replaces: true, unchanged: false, latest: '2025-11-30', releases: ['2025-11-30', '2025-10-31'] };
  it('releaseLines(a correction of an older release) says where it went and that it REPLACED the earlier one', () => {
    const lines = releaseLines(plan, 'data/published').join('\n');
    expect(lines).toContain('data/published/rilis/2025-10-31/ only');
    expect(lines).toContain('the top level still shows 2025-11-30');
    expect(lines).toMatch(/NOTICE: release 2025-10-31 REPLACED/);
  });
  it('releaseLines(a rerun with the same bytes) prints no replacement notice', () => {
    expect(releaseLines({ ...plan, unchanged: true }, 'out').join('\n')).not.toMatch(/REPLACED/);
  });
});
