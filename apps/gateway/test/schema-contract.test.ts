import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  getNullableType,
  isListType,
  GraphQLEnumType,
  GraphQLType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  isNonNullType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { createModules } from '../src/modules';
import { buildGatewaySchema } from '../src/schema';

/**
 * The schema is all an integrator sees: every type, field, argument, input field and enum
 * value says what it holds in the program's own words.
 */
export function undocumentedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || !text.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      // A union's members are documented as types.
    }
  }
  return missing;
}

/** Words that carry no meaning of their own in a description. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'its',
  'this',
  'that',
  'it',
  'is',
  'are',
  'be',
  'to',
  'for',
  'on',
  'in',
  'by',
  'with',
  'and',
  'or',
  'as',
  'what',
  'needs',
  'when',
  'there',
  'none',
  'null',
  'optional',
  'whether',
  'applies',
  'number',
  'items',
]);
const wordsOf = (text: string): string[] =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.replace(/(ies)$/, 'y').replace(/(?<=[^s])s$/, ''));

/**
 * A description that only restates its element's name ("The distributed on.", "Approved.")
 * teaches an integrator nothing: every element's description must add at least one word
 * beyond the words of its name, its parent's name and filler.
 */
export function nameOnlyDescriptions(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const check = (coordinate: string, description: string | null | undefined, ...names: string[]) => {
    if (!description) return;
    const known = new Set(names.flatMap(wordsOf));
    if (wordsOf(description).every((word) => FILLER.has(word) || known.has(word))) found.push(`${coordinate}: ${description}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description, field.name, type.name);
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description, arg.name, field.name);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description, value.name, type.name);
    }
  }
  return found;
}

const namedOf = (type: GraphQLType): string => getNamedType(type).name;

describe('the schema as a contract', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema(createModules().all);
  });

  it('documents every type, field, argument, input field and enum value (no exceptions)', () => {
    expect(undocumentedElements(schema)).toEqual([]);
  });

  it('no description only restates the name of its element (no exceptions)', () => {
    expect(nameOnlyDescriptions(schema)).toEqual([]);
  });

  it('ErrorCode holds exactly the codes of the README error catalogue, and types UserError.code', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- error-codes:start -->'), readme.indexOf('<!-- error-codes:end -->'));
    const catalogue = [...table.matchAll(/^\| `([A-Z_0-9]+)` \|/gm)].map((match) => match[1]);
    const errorCode = schema.getType('ErrorCode');
    expect(isEnumType(errorCode)).toBe(true);
    expect(
      (errorCode as GraphQLEnumType)
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...catalogue].sort());
    const userError = schema.getType('UserError') as GraphQLObjectType;
    expect(String(userError.getFields().code.type)).toBe('ErrorCode!');
  });

  it('calendar dates are Date and every id is ID: no String field or argument is named like one', () => {
    const misfits: string[] = [];
    const looksLikeId = (name: string) => /(^id$|Id$|Ids$)/.test(name);
    const looksLikeDate = (name: string) => /(On|Date)$/.test(name);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInputObjectType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = namedOf(field.type as GraphQLType);
        if (named === 'String' && (looksLikeId(field.name) || looksLikeDate(field.name))) misfits.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (namedOf(arg.type) === 'String' && (looksLikeId(arg.name) || looksLikeDate(arg.name))) misfits.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(misfits).toEqual([]);
  });

  it('the Date scalar takes only real calendar dates and carries @specifiedBy; so does DateTimeISO', () => {
    const date = schema.getType('Date') as GraphQLScalarType;
    expect(date.specifiedByURL).toMatch(/rfc3339/);
    expect((schema.getType('DateTimeISO') as GraphQLScalarType).specifiedByURL).toMatch(/rfc3339/);
    expect(date.parseValue('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-3-1', '2026-03-01T00:00:00Z', 20260301]) expect(() => date.parseValue(bad)).toThrow(/calendar date/);
  });

  it('a query returns a plain list only where its description says the list is bounded; every other list is a connection', () => {
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((field) => isListType(getNullableType(field.type)));
    expect(lists.map((field) => field.name).sort()).toEqual(['apiKeys', 'entitlements', 'levels', 'nodes', 'obsolescence', 'programs', 'supportVolume']);
    for (const field of lists) expect(`${field.name}: ${field.description}`).toMatch(/A bounded list, not paged: /);
  });

  it('every mutation takes one non-null input', () => {
    const odd = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => field.args.length !== 1 || field.args[0].name !== 'input' || !isNonNullType(field.args[0].type))
      .map((field) => field.name);
    expect(odd).toEqual([]);
  });
});
