import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  execute,
  ExecutionResult,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isNonNullType,
  Kind,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiled operations kept (oldest dropped first): clients send a handful of distinct documents. */
const CACHE_SIZE = 1_000;

/**
 * Executes operations through graphql-jit instead of graphql-js: each distinct document (and
 * operation name) is compiled once into a function that walks the selection without graphql-js's
 * per-field bookkeeping. Apollo Server still parses, validates (limits included) and runs every
 * plugin; only execution changes, behind its documented gateway interface. A document the
 * compiler refuses runs on graphql-js, so answers never depend on the compiler.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | null>();

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, source, request, context: contextValue } = requestContext;
    const key = `${operationName ?? ''}\u0000${source}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = compilable(schema, document) ? compileQuery(schema, document, operationName ?? undefined) : null;
      query = result && isCompiledQuery(result) ? result : null;
      if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, query);
    }
    if (query === null) {
      return (await execute({ schema, document, operationName, variableValues: request.variables, contextValue })) as Awaited<ReturnType<GatewayExecutor>>;
    }
    const result: ExecutionResult = await query.query(undefined, contextValue, request.variables ?? {});
    if (result.errors) result.errors = result.errors.map(plainError);
    return result as Awaited<ReturnType<GatewayExecutor>>;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * Reads only: mutations are few and dominated by their writes. Input objects (as variables or
 * literals, such as the guide's `filter:`) are compiled too, except those that have, at any
 * depth, a required field with a default (`kind: ProgramKind! = ...`): graphql-js's coercion
 * applies that default where the compiler's reports the field as missing, so such documents
 * stay on graphql-js.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode): boolean {
  let ok = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') ok = false;
        for (const definition of node.variableDefinitions ?? []) {
          const type = typeFromAST(schema, definition.type);
          if (!type || !coercedAlike(getNamedType(type))) ok = false;
        }
        return ok ? undefined : BREAK;
      },
      [Kind.OBJECT]() {
        const type = typeInfo.getInputType();
        if (!type || !coercedAlike(getNamedType(type))) {
          ok = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return ok;
}

const coercion = new WeakMap<GraphQLNamedType, boolean>();

/** Whether graphql-jit coerces values of this input type as graphql-js does (see `compilable`). */
function coercedAlike(type: GraphQLNamedType): boolean {
  if (!isInputObjectType(type)) return true;
  const known = coercion.get(type);
  if (known !== undefined) return known;
  coercion.set(type, true); // a recursive input type is decided by its other fields
  const alike = Object.values(type.getFields()).every(
    (field) => !(isNonNullType(field.type) && field.defaultValue !== undefined) && coercedAlike(getNamedType(field.type)),
  );
  coercion.set(type, alike);
  return alike;
}

/**
 * The compiler's errors have a read-only message; plugins that rewrite messages (hidden field
 * suggestions) expect graphql-js's own errors, so each is rebuilt as one, its cause kept.
 */
function plainError(error: GraphQLError): GraphQLError {
  const plain = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) (plain as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return plain;
}
