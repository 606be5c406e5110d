// Writes the TypeScript project references from the workspace's package.json files: each
// package's tsconfig.build.json becomes `composite` and references the workspace packages it
// depends on (dependencies and peers), and the root tsconfig.build.json references them all,
// so `npx tsc -b` builds everything in dependency order.
//   node scripts/write-references.mjs            write
//   node scripts/write-references.mjs --check    exit 1 when a file is stale
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const projects = new Map(); // package name → its directory, for packages built by tsc
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const dir = join(root, group, name);
    if (existsSync(join(dir, 'tsconfig.build.json')) && existsSync(join(dir, 'package.json'))) {
      projects.set(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name, dir);
    }
  }
}

const stale = [];
function write(file, value) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  stale.push(relative(root, file));
  if (!check) writeFileSync(file, text);
}

for (const dir of projects.values()) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
    .filter((dep) => projects.has(dep))
    .sort();
  const file = join(dir, 'tsconfig.build.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.compilerOptions = { ...config.compilerOptions, composite: true };
  config.references = deps.map((dep) => ({ path: relative(dir, join(projects.get(dep), 'tsconfig.build.json')) }));
  if (!config.references.length) delete config.references;
  write(file, config);
}
write(join(root, 'tsconfig.build.json'), {
  files: [],
  references: [...projects.values()].map((dir) => ({ path: `./${relative(root, join(dir, 'tsconfig.build.json'))}` })),
});

if (check && stale.length) {
  console.error(`stale project references (run npm run references): ${stale.join(', ')}`);
  process.exit(1);
}
if (!check) console.log(stale.length ? `wrote ${stale.join(', ')}` : 'project references up to date');
