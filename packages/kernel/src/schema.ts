import { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth';
import type { ClassRef, DomainModule } from './domain-module';

/**
 * One schema from the modules' resolvers. Resolvers a module built around its services
 * (`resolverInstances`) are used as they are; others are constructed without arguments.
 */
export async function buildModulesSchema(modules: DomainModule[], options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  const instances = new Map<ClassRef, object>();
  for (const module of modules) for (const instance of module.resolverInstances ?? []) instances.set(instance.constructor, instance);
  const resolvers = modules.flatMap((module) => module.resolvers);
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<ClassRef>,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
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
