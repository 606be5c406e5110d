import 'reflect-metadata';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { buildModulesSchema } from '@alliance/kernel';
import { createModules } from '../src/modules';

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

describe('the schema as a contract', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildModulesSchema(createModules().all);
  });

  it('documents every type, field, argument, input field and enum value (no exceptions)', () => {
    expect(undocumentedElements(schema)).toEqual([]);
  });
});
