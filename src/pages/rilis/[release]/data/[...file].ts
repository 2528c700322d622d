// Each release's published files at /rilis/<date>/data/<file>, unchanged for as long as the site exists (a frozen
// release's are copied with its pages).
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFile, publishedFiles } from '../../../../lib/downloads.ts';
import { renderedReleases } from '../../../../lib/site-data.ts';

export const getStaticPaths = (() =>
  renderedReleases().flatMap((release) => publishedFiles(release).map((file) => ({ params: { release, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => publishedFile(params.release!, params.file!);
