import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../src/pipeline/load/input-folder.ts';
import { Program } from '../../src/schemas/program.ts';
import { publishedMetadata } from '../helpers/stage1.ts';
import { SiteLanguages, SiteUrl } from '../../src/schemas/site-address.ts';

const messages = (value: unknown) => {
  const result = SiteUrl.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('SiteUrl', () => {
  it('SiteUrl accepts the root address of a site, over https or http', () => {
    for (const url of ['https://data.batam.go.id', 'https://data.batam.go.id/', 'http://intranet.example.go.id', 'https://bpjs.contoh.example.org:8443/'])
      expect(messages(url), url).toEqual([]);
  });

  it('SiteUrl refuses a sub-folder, a query or a fragment, saying the site is served from the root', () => {
    for (const url of ['https://example.go.id/bpjs/', 'https://example.go.id/?a=1', 'https://example.go.id/#x'])
      expect(messages(url).join(' '), url).toMatch(/address of the site's root, without a path/);
  });

  it('SiteUrl refuses this computer’s own address: a citation pointing there is a dead link for everyone else', () => {
    for (const url of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'http://[::1]/'])
      expect(messages(url).join(' '), url).toMatch(/not .*: a citation that points at this computer is a dead link/);
  });

  it('SiteUrl refuses what is not a web address, with an example', () => {
    for (const url of ['data.batam.go.id', 'ftp://data.batam.go.id', 'mailto:a@b.id'])
      expect(messages(url).join(' '), url).toMatch(/starting with https:\/\/ or http:\/\/, e\.g\. https:\/\/data\.example\.go\.id/);
  });
});

describe('SiteLanguages', () => {
  const problems = (value: unknown) => {
    const result = SiteLanguages.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  it('accepts Indonesian with English, or Indonesian alone', () => {
    expect(problems(['id', 'en'])).toEqual([]);
    expect(problems(['id'])).toEqual([]);
  });
  it('refuses English first or alone, an unknown language, a language twice and an empty list, saying what to write', () => {
    expect(problems(['en', 'id']).join(' ')).toMatch(/must start with "id".*\["id", "en"\] or \["id"\]/);
    expect(problems(['en']).join(' ')).toMatch(/must start with "id"/);
    expect(problems(['id', 'jv']).join(' ')).toMatch(/must be "id" \(Indonesian\) or "en" \(English\)/);
    expect(problems(['id', 'id']).join(' ')).toMatch(/names a language twice/);
    expect(problems([]).join(' ')).toMatch(/at least "id"/);
  });
});

describe('site in program.json and metadata.json', () => {
  it('the sample program gives a fictional address on the reserved example.org', async () => {
    const url = new URL((await loadProgram('data/sample')).site!.url);
    expect(url.hostname).toMatch(/\.example\.org$/);
    expect(url.hostname).toContain('contoh');
  });

  it('Program names the field at fault when site.url is a sub-folder', async () => {
    const sample = await loadProgram('data/sample');
    const bad = Program.safeParse({ ...sample, site: { url: 'https://example.go.id/bpjs/' } });
    expect(bad.error!.issues[0]!.path).toEqual(['site', 'url']);
  });

  it('publish() carries the address into metadata.json, and leaves it out when program.json has none', async () => {
    const program = await loadProgram('data/sample');
    expect((await publishedMetadata({ ...program, site: { url: 'https://data.batam.go.id' } })).site).toEqual({ url: 'https://data.batam.go.id' });
    const { site: _omitted, ...withoutSite } = program;
    expect(await publishedMetadata(withoutSite as Program)).not.toHaveProperty('site');
  });
});
