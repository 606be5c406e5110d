import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Where `npm run build` puts the explorer and dashboard bundles (apps/dashboard/dist).
 * Found relative to this file, which sits at apps/gateway/{src,dist}/http/ both when run
 * from TypeScript and when compiled, so it needs no package resolution (jest maps
 * `@alliance/*` to sources, which would break `require.resolve('@alliance/dashboard/…')`).
 */
export const DASHBOARD_DIST_DIR = resolve(__dirname, '..', '..', '..', 'dashboard', 'dist');

/**
 * Self only: every script, style, font and request comes from this gateway. `data:` is
 * allowed for fonts and images only (GraphiQL's stylesheet embeds its fonts and icons).
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Pre-compressed variants build.js writes beside the .js and .css files, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** Asset paths are what esbuild writes: names of letters, digits, dot, dash, underscore. */
const ASSET_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  etag: string;
}

export interface StaticPagesOptions {
  /** The dashboard's build output (see DASHBOARD_DIST_DIR). */
  distDir: string;
}

/** The encodings an Accept-Encoding header allows (q > 0). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cross-origin-resource-policy', 'same-origin');
}

function notBuiltPage(page: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not built</title></head><body><h1>The ${page} is not built</h1><p>Run <code>npm run build</code> at the repository root (or <code>npm run build --workspace @alliance/dashboard</code>) and reload.</p></body></html>\n`;
}

/**
 * Serves the GraphQL explorer at GET /explorer and the partner dashboard at GET /dashboard,
 * with their bundles under GET /assets/*, from the dashboard's build directory. Every
 * answer carries a `'self'`-only Content-Security-Policy; hashed assets are cached for a
 * year, the pages are revalidated (ETag). HEAD is answered too (Fastify adds it).
 * The pages hold no data: they call /graphql with the key the user enters.
 */
export function registerStaticPages(app: FastifyInstance, options: StaticPagesOptions): void {
  const root = resolve(options.distDir);
  const assetsRoot = join(root, 'assets');
  const cache = new Map<string, CachedFile>();

  /** The file's bytes, read again only when it changed on disk; null when absent. */
  const load = async (path: string): Promise<CachedFile | null> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const body = await readFile(path);
    const entry = { mtimeMs: info.mtimeMs, size: info.size, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    cache.set(path, entry);
    return entry;
  };

  const notModified = (request: FastifyRequest, etag: string) => {
    const header = request.headers['if-none-match'];
    return typeof header === 'string' && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  };

  for (const page of ['explorer', 'dashboard']) {
    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      securityHeaders(reply).header('cache-control', 'no-cache');
      const file = await load(join(root, page, 'index.html'));
      if (!file) return reply.code(503).header('content-type', 'text/html; charset=utf-8').send(notBuiltPage(page));
      reply.header('etag', file.etag);
      if (notModified(request, file.etag)) return reply.code(304).send();
      return reply.header('content-type', 'text/html; charset=utf-8').send(file.body);
    };
    app.get(`/${page}`, handler);
    app.get(`/${page}/`, handler);
  }

  app.get<{ Params: { '*': string } }>('/assets/*', async (request, reply) => {
    securityHeaders(reply);
    const wanted = request.params['*'] ?? '';
    const type = CONTENT_TYPES[extname(wanted).toLowerCase()];
    const path = resolve(assetsRoot, wanted);
    if (!type || !ASSET_PATH.test(wanted) || wanted.split('/').some((part) => part === '..' || part === '.') || !path.startsWith(assetsRoot + sep)) {
      return reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('not found');
    }
    const file = await load(path);
    if (!file) return reply.code(404).header('content-type', 'text/plain; charset=utf-8').send('not found');

    reply
      .header('content-type', type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', file.etag)
      .header('vary', 'accept-encoding');
    if (notModified(request, file.etag)) return reply.code(304).send();
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    for (const encoding of ENCODINGS) {
      if (!accepted.has(encoding.name)) continue;
      const compressed = await load(path + encoding.suffix);
      if (compressed) return reply.header('content-encoding', encoding.name).send(compressed.body);
    }
    return reply.send(file.body);
  });
}
