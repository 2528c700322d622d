import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAgainstSchemas, withManifest } from '../../../src/pipeline/publish/manifest.ts';
import { stableJson } from '../../../src/pipeline/publish/stable-json.ts';
import { SchemaError } from '../../../src/schemas/friendly-errors.ts';
import { MANIFEST, SCHEMA_VERSION } from '../../../src/schemas/published.ts';

const meta = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71' };

describe('withManifest(files, meta)', () => {
  const files = new Map([
    ['timeline.json', '{}\n'],
    ['csv/demografi.csv', 'Sekupang — Tanjung Riau\r\n'], // multi-byte characters: bytes, not characters, are counted
    ['abc.txt', 'abc'],
  ]);

  it('withManifest(files) lists every file once, sorted by path, with its byte size and sha256', () => {
    const out = withManifest(files, meta);
    const manifest = JSON.parse(out.get(MANIFEST)!);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['abc.txt', 'csv/demografi.csv', 'timeline.json']);
    const abc = manifest.files[0];
    // The published SHA-256 test vector for "abc" (FIPS 180-2).
    expect(abc).toEqual({ path: 'abc.txt', bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    const demografi = manifest.files[1];
    expect(demografi.bytes).toBe(Buffer.byteLength('Sekupang — Tanjung Riau\r\n', 'utf8'));
    expect(demografi.bytes).toBeGreaterThan('Sekupang — Tanjung Riau\r\n'.length);
    expect(demografi.sha256).toBe(createHash('sha256').update(Buffer.from('Sekupang — Tanjung Riau\r\n', 'utf8')).digest('hex'));
  });

  it('withManifest(files) keeps the other files unchanged, carries the release metadata and does not list itself', () => {
    const out = withManifest(files, meta);
    for (const [path, content] of files) expect(out.get(path)).toBe(content);
    expect(out.size).toBe(files.size + 1);
    const manifest = JSON.parse(out.get(MANIFEST)!);
    expect(manifest).toMatchObject(meta);
    expect(manifest.files.some((f: { path: string }) => f.path === MANIFEST)).toBe(false);
    expect(out.get(MANIFEST)).toBe(stableJson(manifest));
  });
});

describe('checkAgainstSchemas(files)', () => {
  const valid = () => {
    const m = { ...meta };
    return new Map<string, string>([
      ['metadata.json', stableJson({
        ...m, region: { code: '21.71', name: 'Kota Batam' }, programName: { id: 'Program', en: 'Program' }, source: { id: 'Sumber', en: 'Source' },
        disclosure: { method: 'suppression', k: 5, kSensitive: 10, perturbation: null }, batches: [], groups: [], categories: [], areas: [{ code: '21.71', name: 'Kota Batam', level: 'kota', parent: null }],
      })],
      ['enrollment.json', stableJson({ ...m, cells: [{ level: 'kota', code: '21.71', category: 'semua', count: 12, target: null, coveragePercent: null, approximate: [] }] })],
      ['status.json', stableJson({ ...m, rows: [] })],
      ['timeline.json', stableJson({ ...m, rows: [{ month: '2025-09', batch: 'semua', newCount: null, cumulative: 7, approximate: [] }] })],
      ['demographics.json', stableJson({ ...m, rows: [] })],
      ['claims.json', stableJson({ ...m, rows: [] })],
      ['spend.json', stableJson({ ...m, rows: [] })],
      ['population.json', stableJson({ ...m, rows: [] })],
    ]);
  };

  it('checkAgainstSchemas(valid files) passes', () => {
    expect(() => checkAgainstSchemas(valid())).not.toThrow();
  });

  it('checkAgainstSchemas(a file with a bad value) throws a readable error naming the file and the field', () => {
    const files = valid();
    files.set('enrollment.json', stableJson({ ...meta, cells: [{ level: 'kota', code: '21.71', category: 'semua', count: -3, target: null, coveragePercent: null }] }));
    let error: unknown;
    try {
      checkAgainstSchemas(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as Error).message).toMatch(/^enrollment\.json \(produced by stage 1\) is not valid:/);
    expect((error as Error).message).toContain('cells[0].count');
  });

  it('checkAgainstSchemas(a file of another schema version or a bad month) names what is wrong', () => {
    const files = valid();
    files.set('timeline.json', stableJson({ ...meta, schemaVersion: 1, rows: [{ month: '2025-9', batch: 'semua', newCount: 1, cumulative: 1, approximate: [] }] }));
    expect(() => checkAgainstSchemas(files)).toThrow(/timeline\.json[\s\S]*schemaVersion[\s\S]*rows\[0\]\.month/);
  });

  it('checkAgainstSchemas(a missing file) says which one was not produced', () => {
    const files = valid();
    files.delete('spend.json');
    expect(() => checkAgainstSchemas(files)).toThrow(/spend\.json was not produced/);
  });
});

describe('checkAgainstSchemas on text that is not JSON', () => {
  it('checkAgainstSchemas names the file when its text is not JSON at all', async () => {
    const { checkAgainstSchemas: check } = await import('../../../src/pipeline/publish/manifest.ts');
    const files = new Map([
      ['metadata.json', '{ not json'],
    ]);
    expect(() => check(files)).toThrow(/metadata\.json produced by stage 1 is not JSON/);
  });
});
