import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPng } from '../../src/pictures/png-cache.ts';

describe('cachedPng', () => {
  it('cachedPng(svg, width) renders once and then returns the kept bytes; another SVG or width renders anew', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'figure-png-'));
    const calls: string[] = [];
    const render = async (svg: string, width: number) => {
      calls.push(`${svg}@${width}`);
      return Buffer.from(`png of ${svg} at ${width}`);
    };
    expect((await cachedPng('<svg a/>', 1200, render, dir)).toString()).toBe('png of <svg a/> at 1200');
    expect((await cachedPng('<svg a/>', 1200, render, dir)).toString()).toBe('png of <svg a/> at 1200');
    expect(calls).toEqual(['<svg a/>@1200']);
    await cachedPng('<svg a/>', 800, render, dir);
    await cachedPng('<svg b/>', 1200, render, dir);
    expect(calls).toEqual(['<svg a/>@1200', '<svg a/>@800', '<svg b/>@1200']);
    // One file per picture, none left half-written.
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(3);
    expect((await readdir(dir)).filter((f) => !f.endsWith('.png'))).toEqual([]);
  });
});
