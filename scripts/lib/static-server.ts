// A static host for a built site on a free localhost port, used by the real-browser tests and by
// scripts/budgets.ts. It behaves like a real host where it changes what a page weighs: text is gzipped at
// zlib's default level 6 (as Apache's mod_deflate and most CDNs do) when the browser accepts it, and Astro's
// hashed /_astro/ files are cacheable for a year.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.txt', '.webmanifest']);

export interface StaticSite { url: string; close: () => Promise<void> }

/** Serves `root` (dir/ → dir/index.html, unknown paths → 404.html when the site has one). */
export async function serveStatic(root: string): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const page = await readSiteFile(join(root, path));
    const found = page ?? (await readSiteFile(join(root, '404.html')));
    if (found === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = extname(found.file);
    const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(found.body) : found.body;
    res.writeHead(page === null ? 404 : 200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...(COMPRESSED.has(ext) ? { vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // Chromium keeps connections alive; close() alone would wait for them
    }),
  };
}

async function readSiteFile(path: string): Promise<{ file: string; body: Buffer } | null> {
  try {
    const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
    return { file, body: await readFile(file) };
  } catch {
    return null;
  }
}
