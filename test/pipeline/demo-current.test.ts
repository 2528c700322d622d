import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_INPUTS } from '../../scripts/data.ts';
import { readTree, runOn } from '../helpers/stage1.ts';

const FIX = 'run `npm run data` and commit data/published';

describe('data/published is stage 1 output for the demo inputs (data/sample-2025-10, then data/sample)', () => {
  it('runStage1 on each demo input in turn writes the same set of files as the committed data/published, byte for byte', async () => {
    expect(DEMO_INPUTS).toEqual(['data/sample-2025-10', 'data/sample']);
    const outDir = join(await mkdtemp(join(tmpdir(), 'demo-current-')), 'published');
    for (const input of DEMO_INPUTS) {
      const { result } = await runOn(input, { outDir });
      expect(result.fatal, `stage 1 failed on ${input}; fix it, then ${FIX}`).toEqual([]);
      expect(result.ok).toBe(true);
    }
    const fresh = await readTree(outDir);
    const committed = await readTree('data/published');
    expect(fresh.size).toBeGreaterThan(0);
    // Both releases are kept, the November one also at the top level.
    for (const path of ['rilis.json', 'rilis/2025-10-31/manifest.json', 'rilis/2025-11-30/manifest.json', 'manifest.json'])
      expect(fresh.has(path), path).toBe(true);
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
