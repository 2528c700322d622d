// JSON Schema for every published JSON file at /api/schema/<name>.schema.json, generated from the zod schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../lib/routes.ts';
import { jsonSchemaText, PUBLISHED_JSON_SCHEMAS, schemaFileName } from '../../../lib/json-schema.ts';

export const getStaticPaths = (() =>
  Object.keys(PUBLISHED_JSON_SCHEMAS).map((file) => ({ params: { schema: schemaFileName(file) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(jsonSchemaText((props as { file: string }).file, absoluteUrl('/api/schema/', site)), { headers: { 'content-type': 'application/schema+json' } });
