// The site-history benchmark's command line: it refuses what it cannot run before writing or building anything.
// (The benchmark itself is run by hand: npm run bench -- site-history; its table is in the README.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteHistoryBenchmark } from '../../../scripts/bench/site-history.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

function run(argv: string[]): Promise<{ code: number; said: string }> {
  let said = '';
  const write = (chunk: string | Uint8Array) => ((said += String(chunk)), true);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  return siteHistoryBenchmark(argv).then((code) => ({ code, said }));
}

describe('npm run bench -- site-history', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, said } = await run(['--help']);
    expect(code).toBe(0);
    expect(said).toMatch(/--releases 36.*--build-at 1,12,24,36/);
  });

  it('refuses a build after a release that is not generated, a non-number and an unknown option, with the usage (exit 2)', async () => {
    for (const argv of [['--releases', '3', '--build-at', '4'], ['--build-at', '0'], ['--releases', 'many'], ['--seed', '1.5'], ['--colour']]) {
      const { code, said } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(said, argv.join(' ')).toMatch(/npm run bench -- site-history/);
    }
  });
});
