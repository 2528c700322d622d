import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKeptReleases } from '../../../src/pipeline/releases/kept-releases.ts';
import { ReleaseError } from '../../../src/pipeline/report/release-error.ts';
import { ReleaseIndex } from '../../../src/schemas/published-releases.ts';
import { copyFixture, readTree, runInTurn, runOn } from '../../helpers/stage1.ts';

const OCT = '2025-10-31';
const NOV = '2025-11-30';

/** The files of one release folder inside a published tree (prefix stripped). */
function releaseIn(tree: Map<string, Buffer>, prefix: string): Map<string, Buffer> {
  return new Map([...tree].filter(([p]) => p.startsWith(prefix)).map(([p, b]) => [p.slice(prefix.length), b]));
}
/** The top level of a published tree: everything but rilis/ and rilis.json. */
const topLevel = (tree: Map<string, Buffer>) => new Map([...tree].filter(([p]) => !p.startsWith('rilis/') && p !== 'rilis.json'));

let octIn = '';
let novIn = '';
let novCorrectedIn = '';
/** A release run alone into an empty folder: its top level is the release's files. */
let octAlone = new Map<string, Buffer>();
let novAlone = new Map<string, Buffer>();

beforeAll(async () => {
  octIn = await copyFixture('csv-comma-plain', (p) => ({ ...p, asOfDate: OCT }));
  novIn = await copyFixture('csv-comma-plain', (p) => ({ ...p, asOfDate: NOV }));
  novCorrectedIn = await copyFixture('csv-comma-plain', (p) => ({ ...p, asOfDate: NOV, source: { ...p.source, en: `${p.source.en} (corrected)` } }));
  octAlone = topLevel(await readTree((await runOn(octIn)).outDir));
  novAlone = topLevel(await readTree((await runOn(novIn)).outDir));
});

describe('runStage1 keeps every release (rilis/<as-of date>/)', () => {
  it('runStage1(Oct) then runStage1(Nov): Nov at the top level and in rilis/2025-11-30/, Oct unchanged in rilis/2025-10-31/', async () => {
    const { outDir, results } = await runInTurn(octIn, novIn);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[1]!.release).toMatchObject({ isLatest: true, replaces: false, releases: [NOV, OCT] });
    const tree = await readTree(outDir);
    expect(topLevel(tree)).toEqual(novAlone);
    expect(releaseIn(tree, `rilis/${NOV}/`)).toEqual(novAlone);
    expect(releaseIn(tree, `rilis/${OCT}/`)).toEqual(octAlone);
    expect(octAlone.get('enrollment.json')!.equals(novAlone.get('enrollment.json')!)).toBe(false);
  });

  it('rilis.json lists both releases newest first, each with the sha256 of its manifest.json', async () => {
    const { outDir } = await runInTurn(octIn, novIn);
    const index = ReleaseIndex.parse(JSON.parse(await readFile(join(outDir, 'rilis.json'), 'utf8')));
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(index).toEqual({
      schemaVersion: 2, regionCode: '21.71', latest: NOV,
      releases: [
        { asOfDate: NOV, synthetic: true, manifestSha256: sha(novAlone.get('manifest.json')!) },
        { asOfDate: OCT, synthetic: true, manifestSha256: sha(octAlone.get('manifest.json')!) },
      ],
    });
  });

  it('runStage1(Nov) then runStage1(Oct) back-fills Oct without touching the top level, ending byte-identical to Oct then Nov', async () => {
    const backwards = await runInTurn(novIn);
    const before = topLevel(await readTree(backwards.outDir));
    const oct = (await runOn(octIn, { outDir: backwards.outDir })).result;
    expect(oct.release).toMatchObject({ isLatest: false, replaces: false, latest: NOV });
    const after = await readTree(backwards.outDir);
    expect(topLevel(after)).toEqual(before);
    const forwards = await readTree((await runInTurn(octIn, novIn)).outDir);
    expect(after).toEqual(forwards);
  });

  it('runStage1(a corrected Nov) replaces rilis/2025-11-30/ and the top level, keeps Oct, and says it replaced the release', async () => {
    const { outDir, results } = await runInTurn(octIn, novIn, novCorrectedIn);
    expect(results[2]!.release).toMatchObject({ isLatest: true, replaces: true, unchanged: false });
    const tree = await readTree(outDir);
    expect(tree.get('metadata.json')!.toString()).toContain('(corrected)');
    expect(tree.get(`rilis/${NOV}/metadata.json`)!.equals(tree.get('metadata.json')!)).toBe(true);
    expect(releaseIn(tree, `rilis/${OCT}/`)).toEqual(octAlone);
  });

  it('runStage1(the same input twice) reports the release as unchanged and writes the same bytes', async () => {
    const once = await readTree((await runInTurn(octIn, novIn)).outDir);
    const { outDir, results } = await runInTurn(octIn, novIn, novIn);
    expect(results[2]!.release).toMatchObject({ replaces: true, unchanged: true });
    expect(await readTree(outDir)).toEqual(once);
  });

  it('runStage1 on a folder written before releases were kept (no rilis/) keeps its release as rilis/<its date>/', async () => {
    const legacy = join(await mkdtemp(join(tmpdir(), 'releases-legacy-')), 'published');
    await mkdir(legacy, { recursive: true });
    for (const [path, bytes] of novAlone) {
      await mkdir(join(legacy, path, '..'), { recursive: true });
      await writeFile(join(legacy, path), bytes);
    }
    const { result } = await runOn(octIn, { outDir: legacy });
    expect(result.release).toMatchObject({ isLatest: false, releases: [NOV, OCT] });
    expect(await readTree(legacy)).toEqual(await readTree((await runInTurn(octIn, novIn)).outDir));
  });
});

describe('runStage1 refuses to publish when a kept release has changed, and leaves the folder as it was', () => {
  let good = '';
  beforeAll(async () => {
    good = (await runInTurn(octIn, novIn)).outDir;
  });

  async function copyOfGood(edit: (dir: string) => Promise<void>) {
    const dir = join(await mkdtemp(join(tmpdir(), 'releases-bad-')), 'published');
    await cp(good, dir, { recursive: true });
    await edit(dir);
    return dir;
  }

  it.each([
    ['a file of an old release edited', (d: string) => writeFile(join(d, `rilis/${OCT}/enrollment.json`), '{}'), new RegExp(`rilis/${OCT}/enrollment\\.json differs from its manifest`)],
    ['a file of an old release deleted', (d: string) => rm(join(d, `rilis/${OCT}/csv/klaim.csv`)), new RegExp(`rilis/${OCT}/csv/klaim\\.csv is missing`)],
    ['a file added to an old release', (d: string) => writeFile(join(d, `rilis/${OCT}/notes.txt`), 'x'), /notes\.txt is not listed/],
    ['a stray file in rilis/', (d: string) => writeFile(join(d, 'rilis/README.txt'), 'x'), /rilis\/README\.txt is not a release folder/],
    ['a release folder whose manifest has another date', (d: string) => cp(join(d, `rilis/${OCT}`), join(d, 'rilis/2025-09-30'), { recursive: true }), /rilis\/2025-09-30\/manifest\.json says asOfDate 2025-10-31/],
  ])('%s', async (_what, edit, message) => {
    const dir = await copyOfGood(edit);
    const before = await readTree(dir);
    const { result } = await runOn(novIn, { outDir: dir });
    expect(result.ok).toBe(false);
    expect(result.fatal.join('\n')).toMatch(message);
    expect(await readTree(dir)).toEqual(before);
    expect((await readdir(join(dir, '..'))).sort()).toEqual(['published']);
  });

  it('readKeptReleases ignores hidden files such as .DS_Store that file browsers leave', async () => {
    const dir = await copyOfGood(async (d) => {
      await writeFile(join(d, 'rilis/.DS_Store'), 'x');
      await writeFile(join(d, `rilis/${OCT}/.DS_Store`), 'x');
    });
    expect((await readKeptReleases(dir)).map((r) => r.asOfDate)).toEqual([NOV, OCT]);
  });

  it('readKeptReleases(a missing folder) is no release; a broken one throws a ReleaseError', async () => {
    expect(await readKeptReleases(join(tmpdir(), 'releases-no-such-folder', 'published'))).toEqual([]);
    const dir = await copyOfGood((d) => writeFile(join(d, `rilis/${NOV}/manifest.json`), 'not json'));
    await expect(readKeptReleases(dir)).rejects.toThrow(ReleaseError);
  });
});
