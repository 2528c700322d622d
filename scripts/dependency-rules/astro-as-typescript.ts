// dependency-cruiser reads no .astro file, so each one is rewritten as a TypeScript module that imports exactly
// what the component imports: its frontmatter, and every <script> Astro bundles. Astro's own compiler finds
// both, so the rules see the same imports the build does (an is:inline or type="application/json" script is
// not bundled and imports nothing).
import { parse, transform } from '@astrojs/compiler-rs';

interface Node {
  type: string;
  start: number;
  end: number;
}

/** Statements that must stay at a module's top level; the rest of the frontmatter is wrapped in a function. */
const MODULE_LEVEL = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ExportDefaultDeclaration']);

/**
 * The TypeScript module with the same imports as the .astro `source`: the frontmatter's import and export
 * statements, the rest of the frontmatter inside a function (a frontmatter may `return`, a module may not),
 * then each bundled script, as written (type-only imports included).
 */
export function astroAsTypeScript(source: string, fileName: string): string {
  const parsed = parse(source);
  const compiled = transform(source, { filename: fileName });
  const errors = [...parsed.diagnostics, ...compiled.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${fileName}: Astro cannot read this file: ${errors.map((e) => e.text).join('; ')}`);

  const statements: Node[] = parsed.ast.frontmatter?.program?.body ?? [];
  const text = (n: Node) => source.slice(n.start, n.end);
  const moduleLevel = statements.filter((s) => MODULE_LEVEL.has(s.type)).map(text);
  const body = statements.filter((s) => !MODULE_LEVEL.has(s.type)).map(text);
  const scripts = compiled.scripts.map((s, i) =>
    `// <script> ${i + 1}\n${s.type === 'external' ? `import ${JSON.stringify(s.src)};` : s.code}`);
  return [
    `// ${fileName} as TypeScript, for the dependency rules only`,
    ...moduleLevel,
    `async function frontmatter() {\n${body.join('\n')}\n}`,
    ...scripts,
    '',
  ].join('\n');
}
