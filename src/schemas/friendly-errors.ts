import { z } from 'zod';

/** Raised when a file does not match its schema; the message lists every problem, one per line. */
export class SchemaError extends Error {
  readonly problems: string[];
  constructor(what: string, problems: string[]) {
    super(`${what} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SchemaError';
    this.problems = problems;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Parses `data` with `schema`, or throws a SchemaError naming `what` (e.g. a file path) and each field at fault. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new SchemaError(
    what,
    result.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`),
  );
}
