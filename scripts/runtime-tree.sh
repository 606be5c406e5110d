#!/usr/bin/env bash
# Copies what the gateway needs at run time from a built checkout into OUT: the root
# package files, each workspace's package.json and dist/, and node_modules (the container
# image's runtime stage is exactly this tree). `--without-node-modules` leaves node_modules
# out (the container test links the checkout's own instead of copying it).
set -euo pipefail
out=${1:?usage: scripts/runtime-tree.sh OUT [--without-node-modules]}
cd "$(dirname "$0")/.."
mkdir -p "$out"
cp package.json package-lock.json "$out/"
for dir in packages/* apps/gateway apps/dashboard; do
  [ -f "$dir/package.json" ] || continue
  [ -d "$dir/dist" ] || { echo "runtime-tree: $dir/dist is missing; run npm run build first" >&2; exit 1; }
  mkdir -p "$out/$dir"
  cp "$dir/package.json" "$out/$dir/"
  cp -a "$dir/dist" "$out/$dir/"
  # Dependencies npm could not hoist to the root stay beside their workspace.
  if [ -d "$dir/node_modules" ]; then cp -a "$dir/node_modules" "$out/$dir/"; fi
done
if [ "${2:-}" != "--without-node-modules" ]; then
  cp -a node_modules "$out/"
fi
