import { GraphQLSchema, getNamedType, GraphQLResolveInfo } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { validate, ValidationError } from 'class-validator';
import { authChecker } from './auth';
import type { ClassRef, DomainModule } from './domain-module';
import { BadInputError } from './errors';

export interface FieldProblem {
  /** Path of the offending field, such as `input.website` or `first`. */
  path: string;
  /** The rules it broke, such as `isUrl`. */
  rules: string[];
  messages: string[];
}

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      out.push({ path, rules: Object.keys(error.constraints), messages: Object.values(error.constraints) });
    }
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

/** The argument an input object was given as (`input`, `filter`), so errors name the full field path. */
function argumentName(argType: unknown, info: GraphQLResolveInfo): string {
  const field = info.parentType.getFields()[info.fieldName];
  const typeName = typeof argType === 'function' ? (argType as { name: string }).name : '';
  const arg = field?.args.find((candidate) => getNamedType(candidate.type).name === typeName);
  return arg?.name ?? '';
}

/**
 * Validates every argument with class-validator. A failure is `BAD_USER_INPUT` whose message
 * names each field and rule; `extensions.fields` lists them. The submitted values are never echoed.
 */
async function validateArgument(argValue: unknown, argType: unknown, info: GraphQLResolveInfo): Promise<void> {
  if (argValue === null || argValue === undefined || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const prefix = argumentName(argType, info);
  const problems: FieldProblem[] = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== 'object') continue;
    const errors = await validate(value as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    flatten(errors, Array.isArray(argValue) ? `${prefix}.${index}` : prefix, problems);
  }
  if (problems.length) {
    throw new BadInputError(
      problems[0].path,
      problems.map((p) => `${p.path}: ${p.messages.join('; ')}`).join('. '),
      problems,
    );
  }
}

/**
 * One schema from the modules' resolvers. Resolvers a module built around its services
 * (`resolverInstances`) are used as they are; others are constructed without arguments.
 */
/**
 * Plain property fields (no resolver, no auth, no middleware, same name in the schema as on
 * the class) are read by graphql-js's default resolver instead of type-graphql's wrapper:
 * a list page resolves hundreds of them, and the wrapper costs several microseconds each.
 */
function simplifyPlainFields(): void {
  for (const field of getMetadataStorage().fields) {
    const guarded = (field.roles?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0;
    if (field.simple === undefined && field.schemaName === field.name && !guarded) field.simple = true;
  }
}

export async function buildModulesSchema(modules: DomainModule[], options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  simplifyPlainFields();
  const instances = new Map<ClassRef, object>();
  for (const module of modules) for (const instance of module.resolverInstances ?? []) instances.set(instance.constructor, instance);
  const resolvers = modules.flatMap((module) => module.resolvers);
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<ClassRef>,
    authChecker,
    authMode: 'error',
    validateFn: (argValue, argType, resolverData) => validateArgument(argValue, argType, resolverData.info),
    container: {
      get: (someClass: ClassRef) => {
        let instance = instances.get(someClass);
        if (!instance) {
          instance = new (someClass as new () => object)();
          instances.set(someClass, instance);
        }
        return instance;
      },
    },
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: true } : false,
  });
}
