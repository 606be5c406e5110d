import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit } from 'graphql';
import { schemaCheckMain } from '../src/cli/schema-check';
import { breakingChanges, readSchemaFiles, unrecordedBreakingChanges } from '../src/schema-evolution';
import { captureIo } from './support/cli-io';

/** Removes one field from a type of an SDL text, as a careless change would. */
function withoutField(sdl: string, type: string, field: string): string {
  return print(
    visit(parse(sdl), {
      FieldDefinition(node, _key, _parent, _path, ancestors) {
        const owner = ancestors[ancestors.length - 1] as { kind?: string; name?: { value: string } };
        return owner.kind === Kind.OBJECT_TYPE_DEFINITION && owner.name?.value === type && node.name.value === field ? null : undefined;
      },
    }),
  );
}

describe('schema evolution: a breaking change needs a changelog entry', () => {
  const files = readSchemaFiles();

  it('every breaking change since the released schema is recorded in SCHEMA-CHANGELOG.md', async () => {
    expect(unrecordedBreakingChanges(files.released, files.current, files.changelog)).toEqual([]);
    const io = captureIo({});
    expect(await schemaCheckMain([], io)).toBe(0);
  });

  it('a deliberately removed field fails the check, naming the change, until the changelog records it', () => {
    const broken = withoutField(files.current, 'Partner', 'name');
    expect(broken).not.toBe(files.current);
    const unrecorded = unrecordedBreakingChanges(files.released, broken, files.changelog);
    expect(unrecorded).toEqual(['Partner.name was removed.']);
    const recorded = `${files.changelog}\n- \`Partner.name was removed.\` Read \`displayName\` instead.\n`;
    expect(unrecordedBreakingChanges(files.released, broken, recorded)).toEqual([]);
  });

  it('an added optional field is not a breaking change', () => {
    const grown = files.current.replace(/\ntype Partner ([^{]*)\{\n/, '\ntype Partner $1{\n  nickname: String\n');
    expect(grown).not.toBe(files.current);
    expect(breakingChanges(files.current, grown)).toEqual([]);
  });

  it('the released schema is the one committed as released, unchanged by the build', () => {
    expect(readFileSync(require.resolve('../schema/released.graphql'), 'utf8')).toBe(files.released);
  });
});
