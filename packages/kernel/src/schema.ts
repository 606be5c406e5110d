import { GraphQLSchema, getNamedType, GraphQLResolveInfo } from 'graphql';
import { buildSchema, getMetadataStorage, NonEmptyArray } from 'type-graphql';
import { validate, ValidationError } from 'class-validator';
import { authChecker } from './auth';
import type { ClassRef, DomainModule } from './domain-module';
import { BadInputError, defineErrorCodes, KERNEL_ERROR_CODES } from './errors';
import { NodeRegistry, NodeResolver } from './node';
import { DateTimeScalar } from './scalars';
import { instantProblem, textProblem } from './validation';

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

/** The argument a value was given as (`input`, `filter`, `id`), so errors name the full field path. */
function argumentName(argValue: unknown, argType: unknown, info: GraphQLResolveInfo, args: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(args)) if (value === argValue) return name;
  const field = info.parentType.getFields()[info.fieldName];
  const typeName = typeof argType === 'function' ? (argType as { name: string }).name : '';
  const arg = field?.args.find((candidate) => getNamedType(candidate.type).name === typeName);
  return arg?.name ?? '';
}

interface TextField {
  name: string;
  /** A required `String` (or list of required `String` items). */
  requiredText: boolean;
}

const textFieldsCache = new Map<ClassRef, TextField[]>();

/** The `String` fields of an input or arguments class (its superclasses' too), from type-graphql's metadata. */
function textFields(type: ClassRef): TextField[] {
  let cached = textFieldsCache.get(type);
  if (cached) return cached;
  const targets: ClassRef[] = [];
  for (let target: unknown = type; typeof target === 'function' && target !== Function.prototype; target = Object.getPrototypeOf(target))
    targets.push(target as ClassRef);
  cached = getMetadataStorage()
    .fields.filter((field) => targets.includes(field.target) && field.getType() === String)
    .map((field) => {
      const nullable = field.typeOptions.nullable;
      const required = field.typeOptions.array ? nullable !== 'items' && nullable !== 'itemsAndList' : nullable !== true;
      // A field that defaults to empty text (`defaultValue: ''`) declares blank as allowed.
      const blankAllowed = typeof field.typeOptions.defaultValue === 'string' && !field.typeOptions.defaultValue.trim();
      return { name: field.name, requiredText: required && !blankAllowed };
    });
  textFieldsCache.set(type, cached);
  return cached;
}

/** The last name of a field path (`name` of `input.name`), as class-validator's messages start. */
function leaf(path: string): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? path;
}

/**
 * The checks every argument gets, in one place, before class-validator's: text must be
 * storable (no NUL, no unpaired surrogate), instants must fall in the supported range, and
 * required text is trimmed and must not be blank (`"   "` is refused like `""`).
 */
function inspect(value: unknown, path: string, problems: FieldProblem[], depth: number): void {
  if (depth > 12 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) problems.push({ path, rules: ['isStorableText'], messages: [`${leaf(path)} ${problem}`] });
    return;
  }
  if (value instanceof Date) {
    const problem = instantProblem(value);
    if (problem) problems.push({ path, rules: ['isSupportedInstant'], messages: [`${leaf(path)} ${problem}`] });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => inspect(item, `${path}.${index}`, problems, depth + 1));
    return;
  }
  if (typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (record.constructor && record.constructor !== Object) {
    for (const field of textFields(record.constructor)) {
      if (!field.requiredText) continue;
      const current = record[field.name];
      const fieldPath = path ? `${path}.${field.name}` : field.name;
      if (typeof current === 'string') {
        record[field.name] = current.trim();
        if (!record[field.name]) problems.push({ path: fieldPath, rules: ['isNotBlank'], messages: [`${field.name} must not be blank`] });
      } else if (Array.isArray(current)) {
        current.forEach((item, index) => {
          if (typeof item !== 'string') return;
          current[index] = item.trim();
          if (!current[index]) problems.push({ path: `${fieldPath}.${index}`, rules: ['isNotBlank'], messages: [`each of ${field.name} must not be blank`] });
        });
      }
    }
  }
  for (const [key, inner] of Object.entries(record)) inspect(inner, path ? `${path}.${key}` : key, problems, depth + 1);
}

/**
 * Checks every argument: the common checks of `inspect`, then class-validator's rules. A
 * failure is `BAD_USER_INPUT` whose message names each field and rule; `extensions.fields`
 * lists them. The submitted values are never echoed.
 */
async function validateArgument(argValue: unknown, argType: unknown, info: GraphQLResolveInfo, args: Record<string, unknown>): Promise<void> {
  if (argValue === null || argValue === undefined) return;
  const prefix = argumentName(argValue, argType, info, args);
  const problems: FieldProblem[] = [];
  inspect(argValue, prefix, problems, 0);
  if (typeof argValue === 'object' && !(argValue instanceof Date) && !problems.length) {
    const values = Array.isArray(argValue) ? argValue : [argValue];
    for (const [index, value] of values.entries()) {
      if (value === null || typeof value !== 'object') continue;
      const errors = await validate(value as object, { forbidUnknownValues: false, validationError: { target: false, value: false } });
      flatten(errors, Array.isArray(argValue) ? `${prefix}.${index}` : prefix, problems);
    }
  }
  if (problems.length) {
    throw new BadInputError(problems[0].path, problems.map((p) => `${p.path}: ${p.messages.join('; ')}`).join('. '), problems);
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

type FieldResolve = (root: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Field resolvers with no auth, no middleware and no arguments (`@Root()`, `@Ctx()`, `@Info()`
 * only) are called directly instead of through type-graphql's wrapper, which sorts and maps the
 * parameter list and looks up the instance on every call: a list page calls such resolvers
 * hundreds of times (a partner's `tapActive`, each enrollment's `state`). A root that is not an
 * instance of the object type's class still goes through the wrapper, which converts it.
 */
function leanFieldResolvers(schema: GraphQLSchema, instanceOf: (target: ClassRef) => object): void {
  const storage = getMetadataStorage();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0 || !resolver.getObjectType) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (params.some((param, index) => param.index !== index || !['root', 'context', 'info'].includes(param.kind))) continue;
    if (params.some((param) => (param.kind === 'root' || param.kind === 'context') && param.propertyName)) continue;
    const objectClass = resolver.getObjectType() as ClassRef;
    const declared = storage.fields.find((field) => field.target === objectClass && field.schemaName === resolver.schemaName);
    if (declared && (declared.roles !== undefined || (declared.middlewares?.length ?? 0) > 0)) continue;
    const instance = instanceOf(resolver.target as ClassRef);
    const method = (instance as Record<string, unknown>)[resolver.methodName];
    if (typeof method !== 'function') continue;
    const kinds = params.map((param) => param.kind).join(',');
    const call = method as (...values: unknown[]) => unknown;
    // The usual shapes get a call of their own (no parameter array per call).
    const direct: (root: unknown, context: unknown, info: GraphQLResolveInfo) => unknown =
      kinds === 'root,context'
        ? (root, context) => call.call(instance, root, context)
        : kinds === 'context,root'
          ? (root, context) => call.call(instance, context, root)
          : kinds === 'root'
            ? (root) => call.call(instance, root)
            : (root, context, info) =>
                call.apply(
                  instance,
                  params.map((param) => (param.kind === 'root' ? root : param.kind === 'context' ? context : info)),
                );
    for (const objectType of storage.objectTypes) {
      if (objectType.target !== objectClass) continue;
      const type = schema.getType(objectType.name);
      if (!type || !('getFields' in type)) continue;
      const field = (type.getFields() as Record<string, { resolve?: FieldResolve }>)[resolver.schemaName];
      const wrapped = field?.resolve;
      if (!field || !wrapped) continue;
      field.resolve = (root, args, context, info) => (root instanceof objectClass ? direct(root, context, info) : wrapped(root, args, context, info));
    }
  }
}

/**
 * Builds the schema of the given modules. `errorCodes` adds codes the caller itself returns
 * (the gateway's) to the `ErrorCode` enum, after the kernel's and before each module's.
 */
export async function buildModulesSchema(
  modules: DomainModule[],
  options: { emitSchemaFile?: string; errorCodes?: Record<string, string> } = {},
): Promise<GraphQLSchema> {
  const codes: Record<string, string> = { ...KERNEL_ERROR_CODES, ...options.errorCodes };
  for (const module of modules) for (const [code, meaning] of Object.entries(module.errorCodes)) codes[code] ??= meaning;
  defineErrorCodes(codes);
  simplifyPlainFields();
  const instances = new Map<ClassRef, object>();
  for (const module of modules) for (const instance of module.resolverInstances ?? []) instances.set(instance.constructor, instance);
  const resolvers = modules.flatMap((module) => module.resolvers);
  // Relay: every record type a module declares is a Node, read by id through one registry.
  const nodeTypes = modules.flatMap((module) => module.nodes ?? []);
  const nodes = nodeTypes.length ? new NodeRegistry(nodeTypes) : null;
  if (nodes) {
    resolvers.push(NodeResolver);
    instances.set(NodeResolver, new NodeResolver(nodes));
  }
  const instanceOf = (someClass: ClassRef): object => {
    let instance = instances.get(someClass);
    if (!instance) {
      instance = new (someClass as new () => object)();
      instances.set(someClass, instance);
    }
    return instance;
  };
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<ClassRef>,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: (argValue, argType, resolverData) => validateArgument(argValue, argType, resolverData.info, resolverData.args as Record<string, unknown>),
    container: { get: instanceOf },
    orphanedTypes: nodeTypes.map((node) => node.type),
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: true } : false,
  });
  nodes?.attach(schema);
  leanFieldResolvers(schema, instanceOf);
  // The root types are made by type-graphql; the contract documents them too.
  const query = schema.getQueryType();
  if (query)
    query.description =
      "What an API key may read. Each field applies the key's role, scopes and partner binding: a record the key may not see reads as NOT_FOUND.";
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'What an API key may change. Each mutation takes one non-null `input` and returns a payload whose `userErrors` name the broken rule; a rejected request changes no data.';
  }
  return schema;
}
