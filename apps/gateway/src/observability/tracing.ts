import type { Span, Tracer } from '@opentelemetry/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import type { OperationInfo } from './operations';

/** One span per GraphQL request, sent to an OTLP collector. */
export interface GraphqlTracing {
  start(request: FastifyRequest): void;
  end(request: FastifyRequest, reply: FastifyReply, operation: OperationInfo | undefined, outcome: string): void;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Tracing through OpenTelemetry, only when OTEL_EXPORTER_OTLP_ENDPOINT is set. The SDK is
 * loaded here and nowhere else: with no endpoint nothing is required, no hook is added,
 * and a request costs nothing more. Spans continue a caller's `traceparent` (W3C).
 */
export function createTracing(config: Pick<GatewayConfig, 'otlpEndpoint' | 'otelServiceName'>): GraphqlTracing | null {
  if (!config.otlpEndpoint) return null;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { BasicTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const exporter = new OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.otelServiceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer: Tracer = provider.getTracer('@alliance/gateway');
  const propagator = new W3CTraceContextPropagator();
  const spans = new WeakMap<FastifyRequest, Span>();

  return {
    start(request) {
      const parent = propagator.extract(api.ROOT_CONTEXT, request.headers, api.defaultTextMapGetter);
      const span = tracer.startSpan(
        'graphql',
        { kind: api.SpanKind.SERVER, attributes: { 'alliance.request_id': String(request.id), 'http.request.method': request.method, 'url.path': '/graphql' } },
        parent,
      );
      spans.set(request, span);
    },
    end(request, reply, operation, outcome) {
      const span = spans.get(request);
      if (!span) return;
      spans.delete(request);
      const name = operation?.name ?? null;
      if (operation?.type) span.setAttribute('graphql.operation.type', operation.type);
      if (name) span.setAttribute('graphql.operation.name', name);
      span.updateName(operation?.type ? `${operation.type}${name ? ` ${name}` : ''}` : 'graphql');
      span.setAttribute('http.response.status_code', reply.statusCode);
      span.setAttribute('alliance.outcome', outcome);
      if (outcome !== 'ok' && outcome !== 'replayed') span.setStatus({ code: api.SpanStatusCode.ERROR, message: outcome });
      span.end();
    },
    shutdown: () => provider.shutdown(),
  };
}
