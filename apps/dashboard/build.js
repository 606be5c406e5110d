'use strict';
/**
 * Bundles the GraphQL explorer and the progression dashboard with esbuild into `dist/`:
 *
 *   dist/explorer/index.html   dist/dashboard/index.html   dist/assets/*.js|css (+ .gz, .br)
 *
 * Everything the pages load comes from `dist/assets` (served by the gateway under
 * /assets/): no CDN, no external URL, no inline script or style, so the pages run on a
 * machine without internet under a `'self'`-only Content-Security-Policy.
 *
 * `node build.js` builds into dist/; tests call `build({ outDir })` with a scratch directory.
 */
const { mkdir, rm, readFile, writeFile } = require('node:fs/promises');
const { basename, join, relative, resolve } = require('node:path');
const { promisify } = require('node:util');
const zlib = require('node:zlib');

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const ROOT = __dirname;

/** The pages: URL path, entry module, title. */
const PAGES = [
  { name: 'explorer', entry: 'src/explorer.tsx', title: 'Alliance GraphQL explorer' },
  { name: 'dashboard', entry: 'src/dashboard.tsx', title: 'Alliance partner dashboard' },
];

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function pageHtml(page, script, styles) {
  const links = styles.map((href) => `    <link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>${escapeHtml(page.title)}</title>
    <link rel="icon" href="data:,">
${links}
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <div id="root" class="root"><noscript>This page needs JavaScript.</noscript></div>
  </body>
</html>
`;
}

/**
 * Builds both pages. Returns the output directory and, per page, the asset URLs it loads.
 * @param {{ outDir?: string, minify?: boolean, sourcemap?: boolean, logLevel?: string }} [options]
 */
async function build(options = {}) {
  const esbuild = require('esbuild');
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const assetsDir = join(outDir, 'assets');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });

  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(PAGES.map((page) => [page.name, join(ROOT, page.entry)])),
    outdir: assetsDir,
    publicPath: '/assets',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    minify: options.minify ?? true,
    sourcemap: options.sourcemap ?? true,
    legalComments: 'linked',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    logLevel: options.logLevel ?? 'warning',
  });

  const urlOf = (file) => '/assets/' + relative(assetsDir, resolve(ROOT, file)).split('\\').join('/');
  const pages = {};
  for (const page of PAGES) {
    const [file, output] =
      Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint && resolve(ROOT, out.entryPoint) === join(ROOT, page.entry)) ?? [];
    if (!file) throw new Error(`esbuild produced no output for ${page.entry}`);
    const script = urlOf(file);
    const styles = output.cssBundle ? [urlOf(output.cssBundle)] : [];
    await mkdir(join(outDir, page.name), { recursive: true });
    await writeFile(join(outDir, page.name, 'index.html'), pageHtml(page, script, styles));
    pages[page.name] = { script, styles };
  }

  // Pre-compressed copies: the gateway sends .br or .gz when the browser accepts them.
  for (const file of Object.keys(result.metafile.outputs)) {
    if (!/\.(js|css)$/.test(file)) continue;
    const path = resolve(ROOT, file);
    const bytes = await readFile(path);
    if (bytes.length < 1024) continue;
    await writeFile(`${path}.gz`, await gzip(bytes, { level: 9 }));
    await writeFile(`${path}.br`, await brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }

  await writeFile(join(outDir, 'manifest.json'), JSON.stringify({ pages }, null, 2) + '\n');
  return { outDir, pages };
}

module.exports = { build, PAGES };

if (require.main === module) {
  const started = Date.now();
  build()
    .then(({ outDir, pages }) => {
      const list = Object.keys(pages)
        .map((name) => `/${name}`)
        .join(', ');
      console.log(`built ${list} into ${relative(process.cwd(), outDir) || basename(outDir)} in ${Date.now() - started} ms`);
    })
    .catch((error) => {
      console.error(error.message ?? error);
      process.exit(1);
    });
}
