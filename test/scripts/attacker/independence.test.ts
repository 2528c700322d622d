import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ATTACKER = join(ROOT, 'scripts/attacker');

/** Every relative import of the attacker's files, resolved to a path from the project folder. */
async function attackerImports(): Promise<string[]> {
  const files = (await readdir(ATTACKER, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const out: string[] = [];
  for (const file of files) {
    const text = await readFile(join(ATTACKER, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g))
      if (spec!.startsWith('.')) out.push(relative(ROOT, resolve(dirname(join(ATTACKER, file)), spec!)));
  }
  return out;
}

describe('scripts/attacker/ is written apart from the method', () => {
  it('scripts/attacker/ imports nothing of stage 1 (src/pipeline/), only src/schemas/ and itself', async () => {
    const imports = await attackerImports();
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((p) => !p.startsWith('scripts/attacker/') && !p.startsWith('src/schemas/'))).toEqual([]);
  });
});
