// The latest release's published files at /data/<file>.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFile, publishedFiles } from '../../lib/downloads.ts';

export const getStaticPaths = (() => publishedFiles(null).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => publishedFile(null, params.file!);
