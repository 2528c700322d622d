// @ts-check
// Import rules for src/, checked by `npm run lint:deps` (scripts/dependency-rules.ts), which also reads the
// imports of .astro files. Stage 2 is every folder of src/ but pipeline/, shared/ and schemas/, so a new
// stage-2 folder is covered without touching this file. Type-only imports count like any other: a type
// still ties one module to another, and the contract between the stages belongs in schemas/.
// test/structure/dependency-rules.test.ts plants a violation of each rule.

const STAGE_1 = '^src/pipeline/';
const STAGE_2 = '^src/(?!(?:pipeline|shared|schemas)/)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle: each module on it needs the others to be understood, tested or moved. Move what both need one level down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'stage-1-not-to-stage-2',
      comment: 'Stage 1 (src/pipeline/) may import src/schemas/, src/shared/ and itself only, never the site.',
      severity: 'error',
      from: { path: STAGE_1 },
      to: { path: STAGE_2 },
    },
    {
      name: 'stage-2-not-to-stage-1',
      comment: 'The site reads what stage 1 published, through src/schemas/; it never imports src/pipeline/.',
      severity: 'error',
      from: { path: STAGE_2 },
      to: { path: STAGE_1 },
    },
    {
      name: 'stage-1-files-only-in-load-and-releases',
      comment: 'Stage 1 reads and writes files only in load/ and releases/, and run-stage1.ts writes the report: every other step takes data and returns data, so it is tested without files.',
      severity: 'error',
      from: { path: '^src/pipeline/', pathNot: '^src/pipeline/(load/|releases/|run-stage1[.]ts$)' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'shared-not-to-stages',
      comment: 'src/shared/ is what both stages use, so it may import src/schemas/ and itself only.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(?!(?:shared|schemas)/)' },
    },
    {
      name: 'schemas-only-to-schemas',
      comment: 'src/schemas/ is the contract between the stages: it imports nothing of src/ but itself.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(?!schemas/)' },
    },
    {
      name: 'relative-imports-resolve-in-src',
      comment: 'A relative import that does not resolve inside src/: a typo, or an import of scripts/ or test/, which src/ may not use.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, path: '^[.]' },
    },
  ],
  options: {
    // dependency-cruiser reads TypeScript with the compiler API of typescript < 7, which TypeScript 7 no
    // longer has; swc parses it instead and keeps type-only imports.
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    skipAnalysisNotInRules: true,
  },
};
