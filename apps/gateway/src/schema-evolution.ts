import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';

const GATEWAY = resolve(__dirname, '..');
/** The schema integrators build against: the last released one. */
export const RELEASED_SCHEMA_FILE = resolve(GATEWAY, 'schema', 'released.graphql');
export const CURRENT_SCHEMA_FILE = resolve(GATEWAY, 'schema.graphql');
export const SCHEMA_CHANGELOG_FILE = resolve(GATEWAY, 'SCHEMA-CHANGELOG.md');

/** Every change from `released` to `current` that can break a client, in graphql-js' words. */
export function breakingChanges(released: string, current: string): string[] {
  return findBreakingChanges(buildSchema(released), buildSchema(current)).map((change) => change.description);
}

/**
 * The breaking changes the changelog does not record. A change is recorded when the
 * changelog quotes its description in backticks, next to how a client migrates.
 */
export function unrecordedBreakingChanges(released: string, current: string, changelog: string): string[] {
  return breakingChanges(released, current).filter((description) => !changelog.includes(`\`${description}\``));
}

export function readSchemaFiles(): { released: string; current: string; changelog: string } {
  return {
    released: readFileSync(RELEASED_SCHEMA_FILE, 'utf8'),
    current: readFileSync(CURRENT_SCHEMA_FILE, 'utf8'),
    changelog: readFileSync(SCHEMA_CHANGELOG_FILE, 'utf8'),
  };
}
