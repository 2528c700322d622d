import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackReleases } from '../../../scripts/attacker/attack.ts';
import { cellKeyTable, fixtureFolder, RR3 } from './published-fixture.ts';
import { realisticRelease } from './realistic-release.ts';

let fixtures: Awaited<ReturnType<typeof fixtureFolder>>;
beforeAll(async () => { fixtures = await fixtureFolder(); });
afterAll(async () => { await fixtures.remove(); });

const PROTECTIONS = {
  'cell key (±2)': { kind: 'noise', table: cellKeyTable(2) },
  'random rounding to base 3': { kind: 'noise', table: RR3 },
  'primary suppression only': { kind: 'primary-suppression' },
} as const;

describe('attackReleases(folders) on releases the size of the demo', () => {
  for (const [name, protection] of Object.entries(PROTECTIONS))
    it(`attackReleases(folders) learns only true values under ${name}`, async () => {
      const { release, truth } = realisticRelease(7, '2025-11-30', protection);
      const [report] = (await attackReleases([await fixtures.release(name, release)])).releases;
      expect(report!.problems).toEqual([]);
      expect(report!.cellsConsidered).toBeGreaterThan(1000);
      const wrong = report!.learned.filter((l) => {
        const t = truth.get(l.cell)!;
        const target = release.targets![l.cell.split('/')[1]!]?.[l.cell.split('/')[2]!];
        return (l.complement ? target! - t : t) !== l.value;
      });
      expect(wrong).toEqual([]);
      // Hiding only the small cells leaves them to subtraction: the flaw must be found.
      if (protection.kind === 'primary-suppression') expect(report!.learned.filter((l) => l.how === 'equations').length).toBeGreaterThan(0);
    });
});
