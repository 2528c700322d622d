import { describe, expect, it } from 'vitest';
import { readTree, runOn } from '../helpers/stage1.ts';

const FIX = 'run `npm run data` and commit data/published';

describe('data/published is stage 1 output for data/sample', () => {
  it('runStage1(data/sample) writes the same set of files as the committed data/published, byte for byte', async () => {
    const { result, outDir } = await runOn('data/sample');
    expect(result.fatal, `stage 1 failed on data/sample; fix it, then ${FIX}`).toEqual([]);
    expect(result.ok).toBe(true);
    const fresh = await readTree(outDir);
    const committed = await readTree('data/published');
    expect(fresh.size).toBeGreaterThan(0);
    const files = [...new Set([...fresh.keys(), ...committed.keys()])].sort();
    const stale = files.map((file) => {
      const a = fresh.get(file);
      const b = committed.get(file);
      if (!a) return `${file} (committed, but stage 1 no longer writes it)`;
      if (!b) return `${file} (written by stage 1, but not committed)`;
      return a.equals(b) ? null : `${file} (differs)`;
    }).filter((line) => line !== null);
    expect(stale, `data/published is out of date: ${stale.join('; ')}. To fix it, ${FIX}.`).toEqual([]);
  });
});
