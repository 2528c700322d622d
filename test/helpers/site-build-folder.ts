// vitest globalSetup: one empty temporary folder per test run, handed to the tests as inject('siteBuildFolder').
// Creating it costs nothing; the site is built into it only when a test first calls builtSite()
// (test/helpers/built-site.ts), so a run of unit tests alone never builds the site.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuildFolder: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'site-build-'));
  project.provide('siteBuildFolder', folder);
  return () => rm(folder, { recursive: true, force: true });
}
