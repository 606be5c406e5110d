// Jest global setup for the gateway's tests: some of them run the built gateway
// (apps/gateway/dist) as `npm start`, the container and the CLIs do. turbo rebuilds what
// changed (about a second when nothing did).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function buildGateway() {
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
  const result = spawnSync(turbo, ['run', 'build', '--filter=@alliance/gateway', '--output-logs=errors-only'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    throw new Error(`building the gateway for its tests failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
};
