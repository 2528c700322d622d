/**
 * A small JSON Schema (draft 2020-12) validator for the keywords zod's z.toJSONSchema writes for the published
 * files; written for the tests, independent of zod. An unknown keyword is an error, never silently ignored.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format', 'default', 'examples']);
const KNOWN = new Set([
  ...ANNOTATIONS, 'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'minItems', 'maxItems',
  'anyOf', 'oneOf', 'allOf', '$ref', '$defs',
]);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

/** Every place where `value` breaks `schema`, as "path: what" lines; an empty list means valid. */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) throw new Error(`validator does not know the keyword(s) ${unknown.join(', ')} at ${path}`);
  const errors: string[] = [];
  const s = schema as Record<string, any>;

  if (s.$ref !== undefined) {
    const match = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    const target = match ? (root as Record<string, any>).$defs?.[match[1]!] : undefined;
    if (target === undefined) throw new Error(`validator cannot resolve $ref ${s.$ref}`);
    errors.push(...validate(target, value, root, path));
  }
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    const actual = typeOf(value);
    if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) return [...errors, `${path}: expected ${types.join(' or ')}, got ${actual}`];
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (s.enum !== undefined && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'string') {
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: "${value}" does not match ${s.pattern}`);
    if (s.minLength !== undefined && [...value].length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && [...value].length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: ${value} < minimum ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: ${value} > maximum ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) errors.push(`${path}: ${value} ≤ ${s.exclusiveMinimum}`);
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) errors.push(`${path}: ${value} ≥ ${s.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    const prefix: Schema[] = s.prefixItems ?? [];
    prefix.forEach((item, i) => { if (i < value.length) errors.push(...validate(item, value[i], root, `${path}[${i}]`)); });
    if (s.items !== undefined) value.slice(prefix.length).forEach((v, i) => errors.push(...validate(s.items, v, root, `${path}[${i + prefix.length}]`)));
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties: Record<string, Schema> = s.properties ?? {};
    for (const key of s.required ?? []) if (!(key in object)) errors.push(`${path}: missing required "${key}"`);
    for (const [key, v] of Object.entries(object)) {
      if (key in properties) errors.push(...validate(properties[key]!, v, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined) errors.push(...validate(s.additionalProperties, v, root, `${path}.${key}`));
    }
  }
  for (const sub of s.allOf ?? []) errors.push(...validate(sub, value, root, path));
  if (s.anyOf !== undefined && !s.anyOf.some((sub: Schema) => validate(sub, value, root, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  if (s.oneOf !== undefined) {
    const matching = s.oneOf.filter((sub: Schema) => validate(sub, value, root, path).length === 0).length;
    if (matching !== 1) errors.push(`${path}: matches ${matching} of oneOf, not exactly one`);
  }
  return errors;
}
