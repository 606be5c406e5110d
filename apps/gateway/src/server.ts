import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { compiledExecution } from './compiled-execution';
import { combinePlugins, GatewayPlugin } from './combined-plugin';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLSchema, OperationTypeNode, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, Clock, Database, EventBus, newId, RequestContext, subscribeReactions, SystemClock } from '@alliance/kernel';
import type { GatewayConfig } from './config';
import { createDataSource } from './data-source';
import { CALLER_CODES, createErrorFormatter } from './errors';
import { LOG_SERIALIZERS } from './log';
import { auditPlugin } from './hardening/audit';
import { beganExecuting, fingerprint, IdempotencyStore, withoutSecrets } from './hardening/idempotency';
import { armor, pageSizeLimit, QUERY_LIMITS, supportedOperationTypes } from './hardening/limits';
import { RateLimiter } from './hardening/rate-limit';
import { registerArtifactUpload } from './http/artifact-upload.route';
import { DASHBOARD_DIST_DIR, registerStaticPages } from './http/static.route';
import { runMigrations } from './migrate';
import { createModules, errorCatalogue, Modules } from './modules';
import { createObservability } from './observability';
import { buildGatewaySchema } from './schema';
import { resolveWebhookKey } from './webhook-key';

export interface GatewayOptions {
  config: GatewayConfig;
  clock?: Clock;
  /** pino logger options, or false for none (tests). */
  logger?: boolean | Record<string, unknown>;
}

export interface Gateway {
  app: FastifyInstance;
  config: GatewayConfig;
  db: Database;
  dataSource: DataSource;
  modules: Modules;
  schema: GraphQLSchema;
  bus: EventBus;
  clock: Clock;
  /** The Idempotency-Key store (housekeeping prunes it). */
  idempotency: IdempotencyStore;
  /** A context acting as the system itself (CLI, sweeps, event reactions). */
  systemContext(requestId?: string): RequestContext;
  /** The actor for a request's bearer key, or null (used by plain routes such as uploads). */
  authenticate(request: FastifyRequest): Promise<Actor | null>;
  close(): Promise<void>;
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/** A GraphQL-shaped error response for refusals made before GraphQL runs. */
function refuse(reply: FastifyReply, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

function isMutation(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens: 5000 }).definitions.filter((d) => d.kind === 'OperationDefinition');
    const chosen = typeof operationName === 'string' ? operations.find((o) => 'name' in o && o.name?.value === operationName) : operations[0];
    return Boolean(chosen && 'operation' in chosen && chosen.operation === OperationTypeNode.MUTATION);
  } catch {
    return false;
  }
}

/** Builds the gateway: data source (migrated), modules, schema, Apollo on Fastify. Does not listen. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config } = options;
  const clock = options.clock ?? new SystemClock();
  const modules = createModules({
    webhookLeaseMs: config.webhookLeaseSeconds * 1000,
    webhookKey: resolveWebhookKey(config),
    webhookAllowPrivateTargets: config.webhookAllowPrivateTargets,
  });
  const dataSource = createDataSource(config.database, modules.all);
  await dataSource.initialize();
  try {
    if (config.migrationsOnStart) await runMigrations(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const db = new Database(dataSource);
  const observability = createObservability(config, db, clock);

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, ...(typeof options.logger === 'object' ? options.logger : {}), serializers: LOG_SERIALIZERS },
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
  });

  const bus = new EventBus({ error: (details, message) => app.log.error(details, message) });
  const systemContext = (requestId?: string) => RequestContext.system(db, clock, bus, requestId);
  subscribeReactions(modules.all, bus, () => systemContext());
  // Webhook deliveries are written in the same transaction as the event that causes them.
  for (const module of modules.all) module.attach?.(bus);

  const schema = await buildGatewaySchema(modules.all);
  const catalogue = Object.keys(errorCatalogue(modules.all));
  const callerCodes = new Set([...CALLER_CODES, ...catalogue]);

  // Logs every error the caller will not see in full, with the request id it is told. Errors
  // meant for the caller (bad input, an unknown operation name, a broken rule) are the
  // caller's to read: logging each at error level would let any key holder flood the log.
  const errorLog: GatewayPlugin<RequestContext> = () => ({
    // The request log names the operation a document resolved to, named in the body or not.
    didResolveOperation({ contextValue, operationName, request }) {
      if (request.http && contextValue?.requestId && operationName) operationNames.set(contextValue.requestId, operationName);
    },
    didEncounterErrors({ errors, contextValue, request }) {
      for (const error of errors) {
        const code = error.extensions?.code;
        if (!code || !callerCodes.has(String(code))) {
          app.log.error({ err: error.originalError ?? error, requestId: contextValue?.requestId, operation: request.operationName }, 'internal error');
        }
      }
    },
    willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return;
      for (const error of response.body.singleResult.errors ?? []) {
        if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
          (error.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
        }
      }
    },
  });

  const limits = armor({ fieldSuggestions: config.introspection });
  const apollo = new ApolloServer<RequestContext>({
    // Compiled execution (graphql-jit) of the same schema: Apollo still parses, validates and runs the plugins.
    gateway: compiledExecution(schema),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(catalogue),
    validationRules: [...limits.validationRules, supportedOperationTypes],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No HTTP caching of GraphQL responses here; the cache-control plugin would wrap every field.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      combinePlugins([pageSizeLimit(), errorLog, auditPlugin(app.log), observability.apolloPlugin]),
    ],
  });
  await apollo.start();

  const contexts = new WeakMap<FastifyRequest, RequestContext>();
  const actors = new WeakMap<FastifyRequest, Actor>();
  const graphqlHandler = fastifyApolloHandler<RequestContext>(apollo, {
    context: async (request) => contexts.get(request as unknown as FastifyRequest) as RequestContext,
  });
  const rateLimiter = new RateLimiter(db, config.rateLimitPerMinute);
  const idempotency = new IdempotencyStore(db);

  const authenticate = async (request: FastifyRequest): Promise<Actor | null> => {
    const secret = bearer(request);
    return secret ? db.exclusive(() => modules.access.keys.authenticate(db, clock, secret)) : null;
  };

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });

  // Browser tools on the allowed origins may call the API; preflight is answered for every
  // origin, but only an allowed one gets the Access-Control-Allow-Origin a browser needs.
  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });

  // One line per GraphQL request, so an operator can tell which integration sent what: the
  // operation, the key's id (never its secret), the status and how long it took.
  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql' || request.method === 'OPTIONS') return;
    request.log.info(
      {
        operationName: operationNameOf(request),
        keyId: actors.get(request)?.keyId ?? null,
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'graphql request',
    );
  });

  /**
   * /graphql: authenticate, take a rate-limit token, honour Idempotency-Key on mutations,
   * then run the operation. On SQLite the request takes one turn in the queue as a whole
   * (authentication and the rate-limit count included, not a turn each): its reads never see
   * another request's uncommitted writes. The rate limit writes only when this process needs
   * a new block of the key's budget (see `RateLimiter`).
   */
  const serveGraphql = async (request: FastifyRequest, reply: FastifyReply) => {
    const secret = bearer(request);
    const now = clock.now();
    const actor = secret ? await modules.access.keys.authenticate(db, clock, secret) : null;
    if (actor) actors.set(request, actor);
    if (!actor) {
      const message = secret ? 'the API key is unknown or revoked' : 'send an API key as `Authorization: Bearer <key>`';
      return refuse(reply, 401, 'UNAUTHENTICATED', message);
    }
    if (rateLimiter.enabled && actor.keyId) {
      const verdict = await rateLimiter.take(actor.keyId, now);
      reply.header('x-ratelimit-limit', verdict.limit).header('x-ratelimit-remaining', verdict.remaining);
      if (!verdict.allowed) {
        reply.header('retry-after', verdict.retryAfterSeconds);
        return refuse(
          reply,
          429,
          'RATE_LIMITED',
          `rate limit of ${verdict.limit} requests a minute reached for this key; retry after ${verdict.retryAfterSeconds} s`,
          {
            retryAfterSeconds: verdict.retryAfterSeconds,
            limit: verdict.limit,
          },
        );
      }
    }
    const ctx = new RequestContext({ db, clock, bus, actor, requestId: String(request.id) });
    contexts.set(request, ctx);

    const idempotencyKey = request.headers['idempotency-key'];
    const keyed = typeof idempotencyKey === 'string' && request.method === 'POST' && isMutation(request.body);
    if (keyed && (idempotencyKey.length === 0 || idempotencyKey.length > 255)) {
      return refuse(reply, 400, 'BAD_USER_INPUT', 'Idempotency-Key must be 1 to 255 characters', { field: 'Idempotency-Key' });
    }
    let recordId: string | null = null;
    if (keyed && actor.keyId) {
      const start = await idempotency.start(actor.keyId, idempotencyKey, fingerprint(request.body as object), clock.now());
      if (start.kind === 'mismatch') {
        return refuse(reply, 422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with a different request; use a new key');
      }
      if (start.kind === 'conflict') {
        return refuse(reply, 409, 'IDEMPOTENCY_KEY_IN_USE', 'a request with this Idempotency-Key is still being processed; retry shortly');
      }
      if (start.kind === 'replay') {
        return reply.code(start.status).header('content-type', 'application/json; charset=utf-8').header('idempotent-replayed', 'true').send(start.body);
      }
      recordId = start.recordId;
    }
    try {
      const body = await graphqlHandler.call(app, request as Parameters<typeof graphqlHandler>[0], reply as Parameters<typeof graphqlHandler>[1]);
      if (recordId) {
        // Only a request that began executing is kept (as Stripe does): one refused before
        // execution may be corrected and sent again under the same key.
        if (reply.statusCode >= 500 || typeof body !== 'string' || !beganExecuting(body)) await idempotency.abandon(recordId);
        else await idempotency.finish(recordId, reply.statusCode, withoutSecrets(body, ctx.revealedSecrets));
      }
      return body;
    } catch (error) {
      if (recordId) await idempotency.abandon(recordId);
      throw error;
    } finally {
      ctx.releaseLoaded();
    }
  };
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: (request, reply) => db.exclusive(() => serveGraphql(request, reply)),
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await db.exclusive(() => dataSource.query('SELECT 1'));
      return { status: 'ok', database: config.database.type };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: config.database.type });
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message =
      status === 413
        ? `request body larger than ${config.bodyLimitBytes} bytes`
        : status >= 500
          ? 'Internal server error. Quote the requestId when reporting it.'
          : (error as Error).message;
    return refuse(reply, status, code, message, { requestId: String(request.id) });
  });

  app.addHook('onClose', async () => {
    for (const module of modules.all) await module.worker?.stop();
    await apollo.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
  });

  observability.register(app, { contextOf: (request) => contexts.get(request), authenticate });

  const gateway: Gateway = { app, config, db, dataSource, modules, schema, bus, clock, idempotency, systemContext, authenticate, close: () => app.close() };
  registerArtifactUpload(app, gateway);
  registerStaticPages(app, { distDir: DASHBOARD_DIST_DIR });
  return gateway;
}

/** The operation each request's document resolved to, by request id (set by the Apollo plugin, taken by the log line). */
const operationNames = new Map<string, string>();

/** The operation name a GraphQL request names, in its body (POST) or query string (GET). */
function operationNameOf(request: FastifyRequest): string | null {
  const resolved = operationNames.get(String(request.id));
  operationNames.delete(String(request.id));
  if (resolved) return resolved;
  const source = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown } | undefined;
  return typeof source?.operationName === 'string' && source.operationName ? source.operationName : null;
}
