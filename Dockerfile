# syntax=docker/dockerfile:1
# The Alliance gateway. Build: docker build -t alliance-gateway .
# Run (SQLite in a volume): docker run -p 4000:4000 -v alliance-data:/var/lib/alliance alliance-gateway
# With PostgreSQL and three replicas: docker compose up (compose.yaml).

# ── build: install every workspace, build, then drop the dev dependencies ──────────────
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g npm@11.19.1
ENV TZ=UTC TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && scripts/runtime-tree.sh /out

# ── runtime: production files only, as a non-root user ─────────────────────────────────
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    TZ=UTC \
    HOST=0.0.0.0 \
    PORT=4000 \
    SQLITE_PATH=/var/lib/alliance/alliance.sqlite \
    ALLIANCE_DEMO_DATA=false
WORKDIR /app
COPY --from=build /out/ ./
RUN mkdir -p /var/lib/alliance && chown node:node /var/lib/alliance
USER node
VOLUME ["/var/lib/alliance"]
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "apps/gateway/dist/healthcheck.js"]
CMD ["node", "apps/gateway/dist/main.js"]
