import { afterAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IViolation } from 'dependency-cruiser';
import { astroAsTypeScript } from '../../scripts/dependency-rules/astro-as-typescript.ts';
import { checkSrc } from '../../scripts/dependency-rules/check-src.ts';
import { violationReport } from '../../scripts/dependency-rules/violation-report.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A small src/ in the project's layout that keeps every rule: each test adds one file or two to it. */
const CLEAN: Record<string, string> = {
  'src/schemas/area.ts': "export type AreaCode = string;\nexport const KOTA = '21.71';\n",
  'src/schemas/published.ts': "import { KOTA, type AreaCode } from './area.ts';\nexport const published: AreaCode[] = [KOTA];\n",
  'src/shared/normalise.ts': "import type { AreaCode } from '../schemas/area.ts';\nexport const normalise = (code: AreaCode) => code.trim();\n",
  'src/pipeline/load/read.ts': "import { published } from '../../schemas/published.ts';\nimport { normalise } from '../../shared/normalise.ts';\nexport const read = () => published.map(normalise);\n",
  'src/pipeline/run-stage1.ts': "import { read } from './load/read.ts';\nexport const run = () => read();\n",
  'src/lib/site-data.ts': "import { published } from '../schemas/published.ts';\nimport { normalise } from '../shared/normalise.ts';\nexport const codes = published.map(normalise);\n",
  'src/browser/mount.ts': "import { codes } from '../lib/site-data.ts';\nexport const mount = () => codes.length;\n",
  'src/styles/site.css': 'p { margin: 0; }\n',
  'src/components/AreaCard.astro': [
    '---',
    "import type { AreaCode } from '../schemas/area.ts';",
    "import { codes } from '../lib/site-data.ts';",
    'interface Props { code: AreaCode }',
    'const { code } = Astro.props;',
    'if (!codes.includes(code)) return null;',
    '---',
    '<p>{code}</p>',
    // Not bundled by Astro, so not an import, whatever its text says.
    '<script type="application/json" is:inline set:html={JSON.stringify({ from: "../pipeline/load/read.ts" })} />',
    '<script>',
    "  import { mount } from '../browser/mount.ts';",
    '  mount();',
    '</script>',
  ].join('\n'),
  'src/pages/index.astro': "---\nimport AreaCard from '../components/AreaCard.astro';\nimport '../styles/site.css';\n---\n<AreaCard code=\"21.71\" />\n",
  // Outside src/, anything goes.
  'scripts/data.ts': "import { run } from '../src/pipeline/run-stage1.ts';\nimport { codes } from '../src/lib/site-data.ts';\nrun(); codes;\n",
};

const trees: string[] = [];
afterAll(() => Promise.all(trees.map((t) => rm(t, { recursive: true, force: true }))));

/** The violations checkSrc reports on the clean tree with `planted` files added. */
async function violationsWith(planted: Record<string, string>): Promise<IViolation[]> {
  const root = await mkdtemp(join(tmpdir(), 'dependency-rules-test-'));
  trees.push(root);
  for (const [name, text] of Object.entries({ ...CLEAN, ...planted })) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  return (await checkSrc(root)).violations;
}

const brief = (v: IViolation) => ({ rule: v.rule.name, from: v.from, to: v.to });

/** One planted violation: the files added to the clean tree, and the one import the rule must report. */
interface Planted {
  rule: string;
  what: string;
  planted: Record<string, string>;
  from: string;
  to: string;
}

describe('astroAsTypeScript', () => {
  it('astroAsTypeScript(source, name) keeps every import of the frontmatter and of each bundled <script>, and no other', () => {
    const ts = astroAsTypeScript([
      '---',
      "import type { Lang } from '../lib/format.ts';",
      "export const getStaticPaths = () => [];",
      "if (!Astro.props.lang) return Astro.redirect('/');",
      "const words = await import('../i18n/ui.ts');",
      '---',
      '<p>{words}</p>',
      '<script type="application/json" is:inline>{"a": 1}</script>',
      "<script is:inline>import '/not-bundled.js';</script>",
      "<script>\n  import { mountCharts } from '../charts/mount.ts';\n  mountCharts();\n</script>",
      '<script src="../browser/search.ts"></script>',
    ].join('\n'), 'src/components/Example.astro');
    const imported = [...ts.matchAll(/(?:from |import\(|import )['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imported).toEqual(['../lib/format.ts', '../i18n/ui.ts', '../charts/mount.ts', '../browser/search.ts']);
    expect(ts).toContain("async function frontmatter() {\nif (!Astro.props.lang) return Astro.redirect('/');");
  });
});

describe('checkSrc(root) with the rules in .dependency-cruiser.mjs', () => {
  it('checkSrc(root) reports nothing on a tree in the layout, .astro files, type-only imports and a JSON <script> included', async () => {
    expect(await violationsWith({})).toEqual([]);
  });

  it.each<Planted>([
    {
      rule: 'stage-1-not-to-stage-2', what: 'stage 1 importing the site',
      planted: { 'src/pipeline/load/read-names.ts': "import { codes } from '../../lib/site-data.ts';\nexport const names = codes;\n" },
      from: 'src/pipeline/load/read-names.ts', to: 'src/lib/site-data.ts',
    },
    {
      rule: 'stage-1-not-to-stage-2', what: 'stage 1 importing a type from a stage-2 folder made after the rules',
      planted: {
        'src/pictures/png-size.ts': 'export type PngSize = { width: number };\n',
        'src/pipeline/report/sizes.ts': "import type { PngSize } from '../../pictures/png-size.ts';\nexport const size: PngSize = { width: 1 };\n",
      },
      from: 'src/pipeline/report/sizes.ts', to: 'src/pictures/png-size.ts',
    },
    {
      rule: 'stage-2-not-to-stage-1', what: 'the site importing stage 1',
      planted: { 'src/lib/rerun.ts': "import { run } from '../pipeline/run-stage1.ts';\nexport const rerun = run;\n" },
      from: 'src/lib/rerun.ts', to: 'src/pipeline/run-stage1.ts',
    },
    {
      rule: 'stage-2-not-to-stage-1', what: 'a stage-2 folder made after the rules importing stage 1',
      planted: { 'src/browser/read-again.ts': "import { read } from '../pipeline/load/read.ts';\nexport const again = read;\n" },
      from: 'src/browser/read-again.ts', to: 'src/pipeline/load/read.ts',
    },
    {
      rule: 'stage-2-not-to-stage-1', what: "an .astro file's frontmatter importing stage 1",
      planted: { 'src/components/Leak.astro': "---\nimport { read } from '../pipeline/load/read.ts';\nconst rows = read();\n---\n<p>{rows.length}</p>\n" },
      from: 'src/components/Leak.astro', to: 'src/pipeline/load/read.ts',
    },
    {
      rule: 'stage-2-not-to-stage-1', what: "an .astro page's frontmatter importing a stage-1 type, beside a return",
      planted: { 'src/pages/[...base]/leak.astro': "---\nimport type { run } from '../../pipeline/run-stage1.ts';\nconst go: typeof run | null = null;\nif (!go) return Astro.redirect('/');\n---\n<p>x</p>\n" },
      from: 'src/pages/[...base]/leak.astro', to: 'src/pipeline/run-stage1.ts',
    },
    {
      rule: 'stage-2-not-to-stage-1', what: "an .astro file's <script> importing stage 1",
      planted: { 'src/layouts/Base.astro': "---\nconst title = 'x';\n---\n<title>{title}</title>\n<slot />\n<script>\n  import { read } from '../pipeline/load/read.ts';\n  read();\n</script>\n" },
      from: 'src/layouts/Base.astro', to: 'src/pipeline/load/read.ts',
    },
    {
      rule: 'stage-1-files-only-in-load-and-releases', what: 'a stage-1 step other than load/ and releases/ writing a file',
      planted: { 'src/pipeline/publish/save.ts': "import { writeFile } from 'node:fs/promises';\nexport const save = (text: string) => writeFile('out.json', text);\n" },
      from: 'src/pipeline/publish/save.ts', to: 'fs/promises',
    },
    {
      rule: 'stage-1-files-only-in-load-and-releases', what: 'a stage-1 step reading a file with fs',
      planted: { 'src/pipeline/count/read-targets.ts': "import { readFileSync } from 'fs';\nexport const targets = () => readFileSync('targets.csv', 'utf8');\n" },
      from: 'src/pipeline/count/read-targets.ts', to: 'fs',
    },
    {
      rule: 'shared-not-to-stages', what: 'shared/ importing stage 1',
      planted: { 'src/shared/swap-folder.ts': "import { run } from '../pipeline/run-stage1.ts';\nexport const swap = run;\n" },
      from: 'src/shared/swap-folder.ts', to: 'src/pipeline/run-stage1.ts',
    },
    {
      rule: 'shared-not-to-stages', what: 'shared/ importing stage 2',
      planted: { 'src/shared/escape.ts': "import { codes } from '../lib/site-data.ts';\nexport const escape = codes;\n" },
      from: 'src/shared/escape.ts', to: 'src/lib/site-data.ts',
    },
    {
      rule: 'schemas-only-to-schemas', what: 'schemas/ importing shared/',
      planted: { 'src/schemas/text.ts': "import { normalise } from '../shared/normalise.ts';\nexport const text = normalise;\n" },
      from: 'src/schemas/text.ts', to: 'src/shared/normalise.ts',
    },
    {
      rule: 'schemas-only-to-schemas', what: 'schemas/ importing a type from stage 2',
      planted: { 'src/schemas/labels.ts': "import type { codes } from '../lib/site-data.ts';\nexport type Labels = typeof codes;\n" },
      from: 'src/schemas/labels.ts', to: 'src/lib/site-data.ts',
    },
    {
      rule: 'schemas-only-to-schemas', what: 'schemas/ importing stage 1',
      planted: { 'src/schemas/inputs.ts': "import { read } from '../pipeline/load/read.ts';\nexport const inputs = read;\n" },
      from: 'src/schemas/inputs.ts', to: 'src/pipeline/load/read.ts',
    },
    {
      rule: 'relative-imports-resolve-in-src', what: 'src/ importing scripts/',
      planted: { 'src/lib/sample.ts': "import { run } from '../../scripts/data.ts';\nexport const sample = run;\n" },
      from: 'src/lib/sample.ts', to: '../../scripts/data.ts',
    },
    {
      rule: 'relative-imports-resolve-in-src', what: "an .astro file importing a file that is not there",
      planted: { 'src/components/Typo.astro': "---\nimport { codes } from '../lib/site-dat.ts';\n---\n<p>{codes}</p>\n" },
      from: 'src/components/Typo.astro', to: '../lib/site-dat.ts',
    },
  ])('checkSrc(root) reports $rule on $what', async ({ rule, planted, from, to }) => {
    expect((await violationsWith(planted)).map(brief)).toEqual([{ rule, from, to }]);
  });

  it('checkSrc(root) reports no-cycles on a cycle, however its imports are written (one type-only)', async () => {
    const violations = await violationsWith({
      'src/map/map-layout.ts': "import { drawMap } from './map-svg.ts';\nexport type Layout = { width: number };\nexport const layout = () => drawMap;\n",
      'src/map/map-svg.ts': "import type { Layout } from './map-layout.ts';\nexport const drawMap = (l: Layout) => l.width;\n",
    });
    expect(new Set(violations.map((v) => v.rule.name))).toEqual(new Set(['no-cycles']));
    expect(violationReport(violations)).toContain('src/map/map-layout.ts → src/map/map-svg.ts → src/map/map-layout.ts (type only)');
  });

  it('checkSrc(root) reports no-cycles on a cycle through an .astro file', async () => {
    const violations = await violationsWith({
      'src/components/AreaList.astro': "---\nimport { listed } from '../lib/area-list.ts';\n---\n<ul>{listed.map((c) => <li>{c}</li>)}</ul>\n",
      'src/lib/area-list.ts': "import type AreaList from '../components/AreaList.astro';\nexport const listed: string[] = [];\nexport type List = typeof AreaList;\n",
    });
    expect(violations.map(brief)).toContainEqual({ rule: 'no-cycles', from: 'src/components/AreaList.astro', to: 'src/lib/area-list.ts' });
    expect(new Set(violations.map((v) => v.rule.name))).toEqual(new Set(['no-cycles']));
  });
});

describe('dependency rules hold on src/', () => {
  it('checkSrc(project root) reports no violation in src/', async () => {
    const { violations, modules } = await checkSrc(ROOT);
    expect(modules).toBeGreaterThan(100);
    expect(violationReport(violations)).toBe('');
  });
});
