import 'reflect-metadata';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import {
  buildModulesSchema,
  Clock,
  Database,
  EventBus,
  newId,
  RequestContext,
  SystemClock,
  UnauthenticatedError,
} from '@alliance/kernel';
import type { GatewayConfig } from './config';
import { createDataSource } from './data-source';
import { createErrorFormatter } from './errors';
import { createModules, errorCatalogue, Modules, subscribeReactions } from './modules';

export interface GatewayOptions {
  config: GatewayConfig;
  clock?: Clock;
  /** pino logger options, or false for none (tests). */
  logger?: boolean | Record<string, unknown>;
}

export interface Gateway {
  app: FastifyInstance;
  db: Database;
  dataSource: DataSource;
  modules: Modules;
  schema: GraphQLSchema;
  bus: EventBus;
  clock: Clock;
  /** A context acting as the system itself (CLI, sweeps, event reactions). */
  systemContext(requestId?: string): RequestContext;
  close(): Promise<void>;
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** Builds the gateway: data source (migrated), modules, schema, Apollo on Fastify. Does not listen. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config } = options;
  const clock = options.clock ?? new SystemClock();
  const modules = createModules();
  const dataSource = createDataSource(config.database, modules.all.flatMap((module) => module.entities));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const db = new Database(dataSource);

  const app = Fastify({
    logger: options.logger === undefined ? { level: config.logLevel } : options.logger,
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
  });

  const bus = new EventBus({ error: (details, message) => app.log.error(details, message) });
  const systemContext = (requestId?: string) => RequestContext.system(db, clock, bus, requestId);
  subscribeReactions(modules.all, bus, () => systemContext());

  const schema = await buildModulesSchema(modules.all);
  const knownCodes = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_CURSOR', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', ...Object.keys(errorCatalogue(modules.all))]);

  // Logs every error the caller will not see in full, with the request id it is told.
  const errorLog: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, request }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR' || !knownCodes.has(String(code))) {
              app.log.error({ err: error.originalError ?? error, requestId: contextValue?.requestId, operation: request.operationName }, 'internal error');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
            }
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(Object.keys(errorCatalogue(modules.all))),
    plugins: [errorLog],
  });
  await apollo.start();

  const graphqlHandler = fastifyApolloHandler<RequestContext>(apollo, {
    context: async (request) => {
      const secret = bearer(request);
      if (!secret) throw new UnauthenticatedError();
      const actor = await modules.access.keys.authenticate(db, clock, secret);
      if (!actor) throw new UnauthenticatedError('the API key is unknown or revoked');
      return new RequestContext({ db, clock, bus, actor, requestId: String(request.id) });
    },
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });

  // On SQLite a whole operation takes one turn in the queue: its reads never see another
  // request's uncommitted writes, and its transactions never interleave with others'.
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler: (request, reply) =>
      db.exclusive(async () => graphqlHandler.call(app, request as Parameters<typeof graphqlHandler>[0], reply as Parameters<typeof graphqlHandler>[1])),
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await db.exclusive(() => dataSource.query('SELECT 1'));
      return { status: 'ok', database: config.database.type };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: config.database.type });
    }
  });

  app.addHook('onClose', async () => {
    await apollo.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
  });

  return {
    app,
    db,
    dataSource,
    modules,
    schema,
    bus,
    clock,
    systemContext,
    close: () => app.close(),
  };
}
