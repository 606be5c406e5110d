import 'reflect-metadata';
import { ExecutionResult, graphql, GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import {
  Actor,
  buildModulesSchema,
  DomainModule,
  ClassRef,
  Clock,
  Database,
  DomainEvent,
  EventBus,
  FixedClock,
  KERNEL_SUBSCRIBERS,
  RequestContext,
  Role,
  runUnitOfWork,
  SYSTEM_ACTOR,
} from '@alliance/kernel';

/** A fresh in-memory SQLite database with the given entities' tables (tests only). */
export async function createTestDatabase(entities: ClassRef[]): Promise<Database> {
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities,
    subscribers: KERNEL_SUBSCRIBERS,
    synchronize: true,
    logging: false,
  });
  await dataSource.initialize();
  return new Database(dataSource);
}

/** Collects every event published on the bus, for assertions. */
export class RecordingBus extends EventBus {
  readonly events: DomainEvent[] = [];

  constructor() {
    super({ error: (details, message) => console.error(message, details) });
    this.subscribe('*', (event) => {
      this.events.push(event);
    });
  }

  ofType(type: string): DomainEvent[] {
    return this.events.filter((event) => event.type === type);
  }
}

export interface TestContextOptions {
  role?: Role;
  partnerId?: string | null;
  scopes?: string[];
  clock?: Clock;
  bus?: EventBus;
  name?: string;
}

/** A request context for service tests: admin by default, or any role bound to a partner. */
export function testContext(db: Database, options: TestContextOptions = {}): RequestContext {
  const role = options.role ?? Role.ADMIN;
  const actor: Actor =
    role === Role.ADMIN && !options.partnerId && !options.name
      ? SYSTEM_ACTOR
      : {
          keyId: null,
          name: options.name ?? `test ${role.toLowerCase()}`,
          role,
          partnerId: options.partnerId ?? null,
          scopes: options.scopes ?? [],
        };
  return new RequestContext({
    db,
    clock: options.clock ?? new FixedClock(),
    bus: options.bus ?? new RecordingBus(),
    actor,
  });
}

export { FixedClock };

/** Milliseconds, for readable boundary tests: `at + days(21) + 1`. */
export const days = (n: number): number => n * 86_400_000;
export const hours = (n: number): number => n * 3_600_000;

/** Builds the GraphQL schema of some modules and runs operations against it with a context. */
export async function createTestSchema(modules: DomainModule[]): Promise<GraphQLSchema> {
  return buildModulesSchema(modules);
}

export async function runGraphql<T = Record<string, unknown>>(
  schema: GraphQLSchema,
  ctx: RequestContext,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<ExecutionResult<T>> {
  // Like the gateway: one operation takes its turn on SQLite as a whole.
  return ctx.db.exclusive(() => graphql({ schema, source, variableValues, contextValue: ctx }) as Promise<ExecutionResult<T>>);
}

/**
 * A view of a module (or any object of services) in which every async method called with a
 * context runs as one command: in a unit of work of that context, as the mutation runner would
 * run it. Calls inside an open unit join it. For tests that call services directly.
 */
export function commandsInUnits<T extends object>(services: T): T {
  const wrapped = new WeakMap<object, object>();
  const wrap = <O extends object>(target: O): O => {
    const known = wrapped.get(target);
    if (known) return known as O;
    const proxy = new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value === 'function') {
          if (/^class\s/.test(Function.prototype.toString.call(value))) return value;
          // Only async methods do I/O; a synchronous one (a rule read off a loaded row) is called as is.
          const isAsync = value.constructor.name === 'AsyncFunction';
          return (...args: unknown[]) => {
            const call = () => (value as (...a: unknown[]) => unknown).apply(object, args);
            return isAsync && args[0] instanceof RequestContext ? runUnitOfWork(args[0], async () => call()) : call();
          };
        }
        return value && typeof value === 'object' && isServiceObject(value) ? wrap(value) : value;
      },
    });
    wrapped.set(target, proxy);
    return proxy;
  };
  return wrap(services);
}

/** Plain objects and class instances hold services; dates, maps and other built-ins do not. */
function isServiceObject(value: object): boolean {
  if (Array.isArray(value) || value instanceof Date || value instanceof Map || value instanceof Set || value instanceof Promise || ArrayBuffer.isView(value))
    return false;
  return true;
}
