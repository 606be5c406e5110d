import type { Config } from 'jest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Every instant is UTC in every process, so PostgreSQL and SQLite agree on time.
process.env.TZ = 'UTC';

const roots = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(__dirname, group))
    .map((name) => join(group, name))
    .filter((dir) => existsSync(join(__dirname, dir, 'test'))),
);

const config: Config = {
  // Tests assert behaviour, never speed: on a busy 2-core machine a test that does real work
  // (databases, child processes, HTTP) may take many times its quiet-machine duration.
  testTimeout: 300_000,
  projects: roots.map((dir) => ({
    displayName: dir.split('/')[1],
    rootDir: join(__dirname, dir),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, dir, 'tsconfig.json') }] },
    moduleNameMapper: {
      '^@alliance/gateway$': join(__dirname, 'apps/gateway/src'),
      '^@alliance/(.*)$': join(__dirname, 'packages/$1/src'),
    },
    setupFiles: [join(__dirname, 'jest.setup.ts')],
    // The gateway's tests also run the built gateway as a process (start-up, CLIs, container).
    ...(dir === join('apps', 'gateway') ? { globalSetup: join(__dirname, dir, 'test', 'support', 'build-gateway.js') } : {}),
  })),
};

export default config;
