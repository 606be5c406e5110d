#!/usr/bin/env bash
# What a developer who reuses one package meets: packs the kernel and the given domain
# packages (default: every published package), installs the tarballs into a scratch project outside
# the workspace together with the LOWEST versions their peer ranges allow, then takes each
# package README's quick start (its first ```ts block after "## Quick start") as written,
# type-checks it strictly and runs it on in-memory SQLite (the quick starts assert their own
# results). Also checks that each package loads on its own with a plain require(). All the
# quick starts run in one scratch project, so the packed install is paid once.
#   scripts/reuse-test.sh [package ...]
# REUSE_TEST_KEEP=1 keeps the scratch project (its path is printed) for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export TZ=UTC TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  # Every package a developer can install (not private), the kernel first.
  mapfile -t packages < <(node -e '
    const fs = require("fs");
    for (const dir of fs.readdirSync("packages").sort()) {
      const pkg = JSON.parse(fs.readFileSync(`packages/${dir}/package.json`, "utf8"));
      if (!pkg.private && dir !== "kernel") console.log(dir);
    }')
fi
all=(kernel "${packages[@]}")

# The lowest version each peer range allows (kept beside the ranges in package.json: a test
# below fails when a range's floor moves without this list).
LOWEST_PEERS=(graphql@16.12.0 type-graphql@2.0.0-rc.4 typeorm@1.0.0 class-validator@0.14.3 reflect-metadata@0.2.2 graphql-scalars@1.25.0)
node -e '
  const lowest = Object.fromEntries(process.argv[1].split(" ").map((s) => { const i = s.lastIndexOf("@"); return [s.slice(0, i), s.slice(i + 1)]; }));
  for (const name of process.argv.slice(2)) {
    const peers = require(`./packages/${name}/package.json`).peerDependencies || {};
    for (const [dep, range] of Object.entries(peers)) {
      if (dep.startsWith("@alliance/") || dep === "better-sqlite3" || dep === "pg") continue;
      const floor = range.split("||")[0].trim().replace(/^[\^~>=]+/, "");
      if (lowest[dep] !== floor) { console.error(`${name}: ${dep} ${range} has floor ${floor}, the reuse test installs ${lowest[dep]}`); process.exit(1); }
    }
  }' "${LOWEST_PEERS[*]}" "${all[@]}"

filters=(); for p in "${all[@]}"; do filters+=(--filter="@alliance/$p"); done
npx turbo run build "${filters[@]}" --output-logs=errors-only >/dev/null

scratch=$(mktemp -d /tmp/alliance-reuse.XXXXXX)
if [ -n "${REUSE_TEST_KEEP:-}" ]; then echo "== scratch project: $scratch"; else trap 'rm -rf "$scratch"' EXIT; fi
tarballs=()
for p in "${all[@]}"; do
  tarballs+=("$scratch/$(npm pack --workspace "@alliance/$p" --pack-destination "$scratch" --silent | tail -1)")
done

app="$scratch/app"
mkdir -p "$app/src"
cd "$app"
cat > package.json <<'JSON'
{ "name": "alliance-reuse-app", "private": true, "type": "module" }
JSON
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "strict": true,
    "noUncheckedIndexedAccess": false,
    "skipLibCheck": false,
    "outDir": "dist",
    "rootDir": "src",
    "types": ["node"]
  },
  "include": ["src"]
}
JSON
# The driver is not one of the peers under test: the workspace's compiled better-sqlite3 is
# reused (same version), so nothing is built from source here.
sqlite_version=$(node -p "require('$root/node_modules/better-sqlite3/package.json').version")
node_types=$(node -p "require('$root/node_modules/@types/node/package.json').version")
npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
  "${tarballs[@]}" "${LOWEST_PEERS[@]}" "better-sqlite3@$sqlite_version" "@types/node@$node_types" >/dev/null
mkdir -p node_modules/better-sqlite3/build/Release
cp "$root/node_modules/better-sqlite3/build/Release/better_sqlite3.node" node_modules/better-sqlite3/build/Release/
echo "== installed: $(npm ls --depth=0 2>/dev/null | tail -n +2 | sed 's/.* //' | tr '\n' ' ')"

for p in "${all[@]}"; do
  # Each package loads on its own (its entry brings reflect-metadata).
  node -e "require('@alliance/$p')"
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const at = text.indexOf("\n## Quick start");
    if (at < 0) { console.error(`${process.argv[1]}: no "## Quick start" section`); process.exit(1); }
    const block = /```ts\n([\s\S]*?)\n```/.exec(text.slice(at));
    if (!block) { console.error(`${process.argv[1]}: the quick start has no ts block`); process.exit(1); }
    require("fs").writeFileSync(process.argv[2], block[1] + "\n");
  ' "node_modules/@alliance/$p/README.md" "src/$p.ts"
done
node "$root/node_modules/typescript/bin/tsc" -p .
for p in "${all[@]}"; do
  node "dist/$p.js"
  echo "== @alliance/$p: quick start compiled (strict) and ran"
done
echo "== reuse test: ${#all[@]} packages in $SECONDS s"
