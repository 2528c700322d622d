import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The text of README.md's "## Layout" section, up to the next second-level heading. */
function layoutSection(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = /^## Layout\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme);
  if (!section) throw new Error('README.md has no "## Layout" section');
  return section[1]!;
}

const named = () => new Set([...layoutSection().matchAll(/\bsrc\/([^/\s`]+)\//g)].map((m) => m[1]!));
const folders = (dir: string) => readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const srcFolders = () => folders('src');

describe('README.md "Layout"', () => {
  it('README.md "Layout" names every top-level folder of src/', () => {
    const listed = named();
    expect(srcFolders().filter((f) => !listed.has(f)).map((f) => `src/${f}/`)).toEqual([]);
  });
  it('README.md "Layout" names every step folder of stage 1 (src/pipeline/<step>/)', () => {
    const layout = layoutSection();
    expect(folders('src/pipeline').filter((f) => !layout.includes(`src/pipeline/${f}/`)).map((f) => `src/pipeline/${f}/`)).toEqual([]);
  });
  it('README.md "Layout" names no src/ folder that is not there', () => {
    const folders = new Set(srcFolders());
    expect([...named()].filter((f) => !folders.has(f)).map((f) => `src/${f}/`)).toEqual([]);
  });
});
