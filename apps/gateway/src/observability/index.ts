import type { GatewayPlugin } from '../combined-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Actor, Clock, Database, RequestContext, Role } from '@alliance/kernel';
import { METRICS_SCOPE } from '../access/access.module';
import type { GatewayConfig } from '../config';
import { GatewayMetrics } from './metrics';
import { OperationLabels, OperationRecorder, requestOutcome } from './operations';
import { checkReadiness } from './readiness';
import { createTracing } from './tracing';

export { METRICS_SCOPE };

export interface Observability {
  /** One of the gateway's Apollo plugins: records which operation each request ran. */
  apolloPlugin: GatewayPlugin<RequestContext>;
  metrics: GatewayMetrics | null;
  /** Adds /readyz, /metrics and the per-request hooks. */
  register(app: FastifyInstance, deps: ObservabilityDeps): void;
}

export interface ObservabilityDeps {
  /** The request context of a /graphql request, once authenticated. */
  contextOf(request: FastifyRequest): RequestContext | undefined;
  authenticate(request: FastifyRequest): Promise<Actor | null>;
}

/**
 * Operations endpoints beside /healthz: /readyz (database reachable, migrations applied),
 * /metrics (Prometheus, unless METRICS_ENABLED=false), and a trace span per GraphQL request
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export function createObservability(config: GatewayConfig, db: Database, clock: Clock): Observability {
  const recorder = new OperationRecorder();
  const labels = new OperationLabels();
  const metrics = config.metricsEnabled ? new GatewayMetrics(db, clock) : null;
  const tracing = createTracing(config);

  return {
    apolloPlugin: recorder.plugin(),
    metrics,
    register(app, deps) {
      app.get('/readyz', async (_request, reply) => {
        const readiness = await checkReadiness(db);
        if (readiness.status !== 'ready') app.log.warn({ readiness }, 'not ready');
        return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness);
      });

      if (metrics) {
        app.get('/metrics', async (request, reply) => {
          if (config.metricsRequireKey) {
            const actor = await deps.authenticate(request);
            if (!actor)
              return reply.code(401).send({
                error: 'UNAUTHENTICATED',
                message: `send an ADMIN key, or an INTEGRATION key with scope ${METRICS_SCOPE}, as \`Authorization: Bearer <key>\``,
              });
            if (actor.role !== Role.ADMIN && !(actor.role === Role.INTEGRATION && actor.scopes.includes(METRICS_SCOPE))) {
              return reply.code(403).send({ error: 'FORBIDDEN', message: `metrics need an ADMIN key or an INTEGRATION key with scope ${METRICS_SCOPE}` });
            }
          }
          const body = await metrics.render();
          return reply.header('content-type', metrics.contentType).send(body);
        });
      }

      if (!metrics && !tracing) return;
      const isGraphql = (request: FastifyRequest) => request.routeOptions.url === '/graphql';
      if (tracing) {
        app.addHook('onRequest', async (request) => {
          if (isGraphql(request)) tracing.start(request);
        });
        app.addHook('onClose', async () => {
          await tracing.shutdown().catch((error: unknown) => app.log.warn({ err: error }, 'could not send the last trace spans'));
        });
      }
      app.addHook('onResponse', async (request, reply) => {
        if (!isGraphql(request)) return;
        const operation = recorder.get(deps.contextOf(request));
        const outcome = requestOutcome(reply.statusCode, operation, reply.getHeader('idempotent-replayed') === 'true');
        metrics?.observeRequest(labels.label(operation), outcome, reply.elapsedTime / 1000);
        tracing?.end(request, reply, operation, outcome);
      });
    },
  };
}
