// The published files themselves, byte for byte, at /data/<file>: the checksums on the data page and in
// manifest.json verify exactly what a reader downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/site-data.ts';

export const getStaticPaths = (() => {
  const site = getSite();
  return [...site.manifest.files.map((f) => f.path), 'manifest.json'].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(getSite().dir, params.file!)));
