import { loadConfig } from './config';

/**
 * The container's HEALTHCHECK: GET /readyz on this container's gateway (database reachable,
 * migrations applied). Exit 0 when ready, 1 otherwise. A gateway listening on every
 * interface (HOST=0.0.0.0 or ::) is asked on loopback.
 */
async function main(): Promise<number> {
  const { host, port } = loadConfig();
  const target = ['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const response = await fetch(`http://${target}:${port}/readyz`, { signal: AbortSignal.timeout(4_000) });
  if (!response.ok) process.stderr.write(`not ready: ${await response.text()}\n`);
  return response.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`not ready: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
