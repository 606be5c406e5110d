#!/usr/bin/env bash
# Runs the integration example against a live gateway: builds the gateway, starts it on a
# temporary SQLite database with the demo data, regenerates the typed operations from
# apps/gateway/schema.graphql (no scalar may be `unknown`), type-checks the example, runs it,
# and stops the gateway. Exits non-zero when any step or check fails.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
export TZ=UTC TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1

cd "$root"
npx turbo run build --filter=@alliance/gateway --output-logs=errors-only > /dev/null

cd "$here"
npx graphql-codegen --config codegen.ts > /dev/null
# Every scalar has a real type: the only `unknown`s left are codegen's own helpers and casts.
if grep -n 'unknown' src/generated/graphql.ts | grep -v 'type Exact<' | grep -v 'as unknown as DocumentNode' | grep -vE '^[0-9]+:\s*/\*\*'; then
  echo "integration example: a scalar is typed unknown in src/generated/graphql.ts" >&2
  exit 1
fi
git -C "$root" diff --exit-code -- examples/integration/src/generated/graphql.ts > /dev/null || {
  echo "integration example: src/generated/graphql.ts is stale; run npm run codegen -w @alliance/example-integration and commit it" >&2
  exit 1
}
npx tsc -p tsconfig.json --noEmit

dir="$(mktemp -d /tmp/alliance-example.XXXXXX)"
log="$dir/gateway.log"
SQLITE_PATH="$dir/alliance.sqlite" PORT=0 HOST=127.0.0.1 LOG_LEVEL=warn WEBHOOK_ALLOW_PRIVATE_TARGETS=true ALLIANCE_DEMO_DATA=true \
  node "$root/apps/gateway/dist/main.js" > "$log" 2>&1 &
gateway=$!
cleanup() { kill "$gateway" 2>/dev/null || true; wait "$gateway" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  grep -q 'Development admin key' "$log" && break
  kill -0 "$gateway" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
url="$(grep -oE 'Alliance gateway on http://[^ ]+/graphql' "$log" | head -1 | sed 's/^Alliance gateway on //')"
key="$(grep -oE 'Development admin key \(shown once\): alk_[^ ]+' "$log" | head -1 | sed 's/.*: //')"
[ -n "$url" ] && [ -n "$key" ] || { echo "the gateway did not start:" >&2; cat "$log" >&2; exit 1; }

ALLIANCE_URL="$url" ALLIANCE_KEY="$key" npx ts-node --transpile-only src/main.ts
