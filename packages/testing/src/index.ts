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
