/** The options every release benchmark takes besides --releases: --seed, --out, --keep and -h/--help. */
export const RELEASE_BENCH_OPTIONS = {
  seed: { type: 'string' },
  out: { type: 'string' },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * A benchmark's command-line options, parsed by `parse` (node:util parseArgs with a `help` option): the values,
 * or the exit code when there is nothing to run: 0 after printing the usage for --help, 2 after naming a wrong
 * option and printing the usage.
 */
export function benchOptions<T extends { help?: boolean }>(parse: () => T, usage: string): T | number {
  let values: T;
  try {
    values = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return values;
}
