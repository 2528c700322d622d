import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jsonSchemaFor, jsonSchemaText, PUBLISHED_JSON_SCHEMAS, schemaFileName } from '../../src/lib/json-schema.ts';
import { validate } from '../helpers/json-schema-validator.ts';
import { SCHEMA_VERSION } from '../../src/schemas/published.ts';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Every JSON file of the committed demo's published folder (top level and rilis/*), path → parsed. */
async function publishedJson(): Promise<Map<string, unknown>> {
  const files = new Map<string, unknown>();
  for (const path of (await readdir('data/published', { recursive: true })).sort())
    if (path.endsWith('.json')) files.set(path, JSON.parse(await readFile(join('data/published', path), 'utf8')));
  return files;
}

let demo = new Map<string, unknown>();
beforeAll(async () => {
  demo = await publishedJson();
});

describe('jsonSchemaFor(file)', () => {
  it('jsonSchemaFor(each published JSON file) is draft 2020-12 with $id, title and description', () => {
    for (const file of Object.keys(PUBLISHED_JSON_SCHEMAS)) {
      const schema = jsonSchemaFor(file, 'https://example.org/api/schema/');
      expect(schema.$schema).toBe(DRAFT_2020_12);
      expect(schema.$id).toBe(`https://example.org/api/schema/${schemaFileName(file)}`);
      expect(schema.title).toBe(file);
      expect(String(schema.description).length).toBeGreaterThan(20);
      expect(schema.type).toBe('object');
    }
  });

  it('schemaFileName(file) puts .schema before .json', () => {
    expect(schemaFileName('enrollment.json')).toBe('enrollment.schema.json');
    expect(schemaFileName('batas-wilayah.topo.json')).toBe('batas-wilayah.topo.schema.json');
    expect(schemaFileName('rilis.json')).toBe('rilis.schema.json');
    expect(() => schemaFileName('klaim.csv')).toThrow();
  });

  it('jsonSchemaText(file) is the same bytes on every call, two-space JSON ending in a newline', () => {
    for (const file of Object.keys(PUBLISHED_JSON_SCHEMAS)) {
      const text = jsonSchemaText(file);
      expect(jsonSchemaText(file)).toBe(text);
      expect(text.endsWith('}\n')).toBe(true);
      expect(JSON.parse(text).$id).toBe(`/api/schema/${schemaFileName(file)}`);
    }
  });

  it('jsonSchemaFor(an unknown file) names the known ones', () => {
    expect(() => jsonSchemaFor('people.json')).toThrow(/not a published JSON file.*enrollment\.json/);
  });

  it('jsonSchemaFor("status.json") says each row holds level, code, three counts that are whole numbers ≥ 0 or null, and the approximate ones', () => {
    const row = (jsonSchemaFor('status.json') as any).properties.rows.items;
    expect(Object.keys(row.properties)).toEqual(['level', 'code', 'active', 'nonActive', 'registered', 'approximate']);
    expect(row.required).toEqual(['level', 'code', 'active', 'nonActive', 'registered', 'approximate']);
    expect(row.additionalProperties).toBe(false);
    expect(row.properties.level.enum).toEqual(['kota', 'kecamatan', 'kelurahan']);
    expect(row.properties.code.type).toBe('string');
    for (const count of ['active', 'nonActive', 'registered']) {
      const types = row.properties[count].anyOf;
      expect(types).toContainEqual({ type: 'null' });
      expect(types).toContainEqual(expect.objectContaining({ type: 'integer', minimum: 0 }));
      expect(row.properties[count].description).toMatch(/null means hidden/);
      expect(row.properties[count].description).toMatch(/approximate/);
    }
    expect(row.properties.approximate).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(row.properties.approximate.description).toMatch(/≈/);
    expect(row.properties.approximate.description).toMatch(/maxDeviation/);
  });

  it('jsonSchemaFor("metadata.json") documents disclosure: the method (every value) and the perturbation table, null for suppression', () => {
    const disclosure = (jsonSchemaFor('metadata.json') as any).properties.disclosure;
    expect(disclosure.required).toEqual(['method', 'k', 'kSensitive', 'perturbation']);
    expect(disclosure.properties.method.enum).toEqual(['cell-key', 'random-rounding', 'suppression', 'fitted-suppression', 'optimal-suppression']);
    for (const method of disclosure.properties.method.enum) expect(disclosure.properties.method.description).toContain(`"${method}"`);
    const table = disclosure.properties.perturbation.anyOf.find((j: any) => j.type === 'object');
    expect(disclosure.properties.perturbation.anyOf).toContainEqual({ type: 'null' });
    expect(Object.keys(table.properties)).toEqual(['maxDeviation', 'variance', 'period', 'rows']);
    expect(table.description).toMatch(/maxDeviation bounds/);
  });

  it('jsonSchemaFor("population.json") says each row holds a code, level, residents (a whole number above 0), source and year, nothing hidden', () => {
    const s = jsonSchemaFor('population.json') as any;
    expect(s.required).toEqual(['schemaVersion', 'asOfDate', 'synthetic', 'regionCode', 'rows']);
    expect(s.description).toMatch(/never protected/);
    const row = s.properties.rows.items;
    expect(row.required).toEqual(['code', 'level', 'residents', 'source', 'year']);
    expect(row.additionalProperties).toBe(false);
    expect(row.properties.level.enum).toEqual(['kota', 'kecamatan', 'kelurahan']);
    expect(row.properties.residents).toMatchObject({ type: 'integer', exclusiveMinimum: 0 });
    expect(row.properties.source).toMatchObject({ type: 'string', minLength: 1 });
    expect(row.properties.year.type).toBe('integer');
  });

  it('validate(schema of population.json, …) accepts rows as stage 1 writes them and refuses a hidden or zero count', () => {
    const schema = jsonSchemaFor('population.json');
    const meta = { schemaVersion: SCHEMA_VERSION, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71' };
    const row = { code: '21.71.01', level: 'kecamatan', residents: 24343, source: 'Dinas Kependudukan Kota Batam, Agustus 2013', year: 2013 };
    expect(validate(schema, { ...meta, rows: [] })).toEqual([]);
    expect(validate(schema, { ...meta, rows: [row] })).toEqual([]);
    expect(validate(schema, { ...meta, rows: [{ ...row, residents: null }] })).toHaveLength(1);
    expect(validate(schema, { ...meta, rows: [{ ...row, residents: 0 }] })).toHaveLength(1);
    expect(validate(schema, { ...meta, rows: [{ ...row, approximate: [] }] })).toEqual(['$.rows[0].approximate: no value is allowed here']);
  });

  it('jsonSchemaFor("rilis.json") says the schema version, a region, the latest date and at least one release with a sha256', () => {
    const s = jsonSchemaFor('rilis.json') as any;
    expect(s.required).toEqual(['schemaVersion', 'regionCode', 'latest', 'releases']);
    expect(s.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
    expect(s.properties.releases.minItems).toBe(1);
    expect(s.properties.releases.items.required).toEqual(['asOfDate', 'synthetic', 'manifestSha256']);
    expect(s.properties.releases.items.properties.manifestSha256.pattern).toBe('^[0-9a-f]{64}$');
  });
});

/** The object keys of a zod schema and of its JSON Schema, compared at every depth (zod 4's def tree). */
function keyMismatches(zod: z.ZodType, json: any, path = '$'): string[] {
  const def = (zod as any).def;
  switch (def.type) {
    case 'object': {
      const keys = Object.keys(def.shape).sort();
      const listed = Object.keys(json.properties ?? {}).sort();
      if (keys.join() !== listed.join()) return [`${path}: zod has ${keys.join(',')}, JSON Schema ${listed.join(',')}`];
      const required = keys.filter((k) => def.shape[k].def.type !== 'optional');
      const problems = required.join() === [...(json.required ?? [])].sort().join() ? [] : [`${path}: required ${required.join(',')} vs ${json.required}`];
      return [...problems, ...keys.flatMap((k) => keyMismatches(def.shape[k], json.properties[k], `${path}.${k}`))];
    }
    case 'array':
      return keyMismatches(def.element, json.items, `${path}[]`);
    case 'optional':
    case 'nullable': {
      if (def.type === 'optional') return keyMismatches(def.innerType, json, path);
      // A nullable primitive is written as type: [t, "null"]; anything else as anyOf.
      if (Array.isArray(json.type) && json.type.includes('null')) return keyMismatches(def.innerType, { ...json, type: json.type.filter((t: string) => t !== 'null') }, path);
      const inner = (json.anyOf ?? []).find((j: any) => j.type !== 'null');
      return inner ? keyMismatches(def.innerType, inner, path) : [`${path}: nullable that allows no null`];
    }
    case 'union':
      return def.options.flatMap((o: z.ZodType, i: number) => keyMismatches(o, (json.oneOf ?? json.anyOf)[i], `${path}|${i}`));
    case 'tuple':
      return def.items.flatMap((item: z.ZodType, i: number) => keyMismatches(item, json.prefixItems[i], `${path}[${i}]`));
    default:
      return [];
  }
}

describe('the generated JSON Schemas follow the zod schemas (the source of truth)', () => {
  it('every object in every schema lists exactly the zod schema\'s fields, the same ones required', () => {
    for (const [file, { schema }] of Object.entries(PUBLISHED_JSON_SCHEMAS)) expect(keyMismatches(schema, jsonSchemaFor(file)), file).toEqual([]);
  });

  it('keyMismatches(…) notices a field missing from a JSON Schema (so the check above means something)', () => {
    const json = jsonSchemaFor('status.json') as any;
    delete json.properties.rows.items.properties.nonActive;
    expect(keyMismatches(PUBLISHED_JSON_SCHEMAS['status.json']!.schema, json))
      .toEqual(['$.rows[]: zod has active,approximate,code,level,nonActive,registered, JSON Schema active,approximate,code,level,registered']);
  });
});

describe('every published JSON file of the demo validates against its generated schema', () => {
  it('the demo has every JSON file once per release and rilis.json, each with a schema', () => {
    const names = new Set([...demo.keys()].map((p) => basename(p)));
    expect([...names].filter((n) => !(n in PUBLISHED_JSON_SCHEMAS))).toEqual([]);
    expect([...demo.keys()].filter((p) => p.startsWith('rilis/2025-10-31/')).length).toBeGreaterThanOrEqual(8);
    expect(demo.has('rilis.json')).toBe(true);
  });

  it('validate(schema of each file, each demo file) finds no problem, top level and every kept release', () => {
    expect(demo.size).toBeGreaterThanOrEqual(17);
    for (const [path, data] of demo) expect(validate(jsonSchemaFor(basename(path)), data), path).toEqual([]);
  });

  it('validate(…) catches a negative count, an unknown key, a missing key, a wrong type and a bad date (so the check above means something)', () => {
    const status = demo.get('status.json') as any;
    const schema = jsonSchemaFor('status.json');
    const tampered = (edit: (copy: any) => void) => {
      const copy = structuredClone(status);
      edit(copy);
      return validate(schema, copy);
    };
    expect(tampered((c) => (c.rows[0].active = -1))).toEqual(['$.rows[0].active: matches none of anyOf']);
    expect(tampered((c) => (c.rows[0].nik = '2171990101010001'))).toEqual(['$.rows[0].nik: no value is allowed here']);
    expect(tampered((c) => delete c.rows[0].registered)).toEqual(['$.rows[0]: missing required "registered"']);
    expect(tampered((c) => (c.synthetic = 'yes'))).toEqual(['$.synthetic: expected boolean, got string']);
    expect(tampered((c) => (c.asOfDate = '2025-02-30'))).toHaveLength(1);
    expect(tampered((c) => (c.schemaVersion = SCHEMA_VERSION + 1))).toEqual([`$.schemaVersion: expected ${SCHEMA_VERSION}`]);
    expect(tampered((c) => (c.rows[0].approximate = 'active'))).toHaveLength(1);
    expect(tampered((c) => delete c.rows[0].approximate)).toEqual(['$.rows[0]: missing required "approximate"']);
  });
});
