import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { FastifyInstance } from 'fastify';
import { PAGE_CSP, registerStaticPages } from '../../gateway/src/http/static.route';
import { build } from '../build';

describe('the gateway serves the explorer and the dashboard from the local build', () => {
  let outDir: string;
  let app: FastifyInstance;
  let pages: Awaited<ReturnType<typeof build>>['pages'];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'alliance-dashboard-'));
    ({ pages } = await build({ outDir, sourcemap: false }));
    app = Fastify({ logger: false });
    registerStaticPages(app, { distDir: outDir });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(['explorer', 'dashboard'])('GET /%s is an HTML page under a self-only Content-Security-Policy that loads only local assets', async (page) => {
    const response = await app.inject({ method: 'GET', url: `/${page}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toMatch(/unsafe-|https?:|\*/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const loaded = [...response.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(loaded.filter((url) => url !== 'data:,')).toEqual([...pages[page].styles, pages[page].script]);
    expect(response.body).not.toMatch(/<script>|style=|https?:\/\//);
    for (const url of loaded.filter((u) => u.startsWith('/assets/'))) {
      const asset = await app.inject({ method: 'GET', url });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toBe(url.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await app.inject({ method: 'GET', url: `/${page}/` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'HEAD', url: `/${page}` })).statusCode).toBe(200);
  });

  it('the stylesheets fetch nothing from outside: fonts and icons are embedded', () => {
    for (const page of Object.values(pages)) {
      for (const style of page.styles) {
        const css = readFileSync(join(outDir, style.replace(/^\//, '')), 'utf8');
        expect(css).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
      }
    }
  });

  it('sends the pre-compressed copy the browser accepts (brotli first, then gzip), the same bytes once decoded', async () => {
    const url = pages.explorer.script;
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app.inject({ method: 'GET', url: '/dashboard' });
    const again = await app.inject({ method: 'GET', url: '/dashboard', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each([
    '/assets/../manifest.json',
    '/assets/%2e%2e/manifest.json',
    '/assets/..%2fmanifest.json',
    '/assets//etc/passwd',
    '/assets/missing.js',
    '/assets/x.exe',
    '/assets/',
  ])('GET %s is 404 and reveals nothing outside the assets', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('"pages"');
  });

  it('says how to build the pages when the build is missing', async () => {
    const bare = Fastify({ logger: false });
    registerStaticPages(bare, { distDir: join(outDir, 'nothing-here') });
    const response = await bare.inject({ method: 'GET', url: '/dashboard' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(response.body).toContain('npm run build');
    await bare.close();
  });
});
