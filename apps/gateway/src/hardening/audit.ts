import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GatewayPlugin } from '../combined-plugin';
import { FieldNode, Kind, OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import { RequestContext } from '@alliance/kernel';
import { AuditEvent } from './hardening.entities';

const SECRET_KEY = /secret|password|token|apikey|api_key|credential/i;
const MAX_ARGUMENTS_LENGTH = 8_000;

/** Replaces the values of secret-looking keys, at any depth. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v)]));
  }
  return value;
}

interface Pending {
  field: FieldNode;
  name: string;
  args: Record<string, unknown>;
}

/**
 * Records every mutation field in the append-only audit table: actor, key, operation,
 * arguments (secrets redacted), outcome and request id. Written after the response is
 * shaped, in its own transaction, so a refused mutation is audited too.
 */
export function auditPlugin(log: { error(obj: unknown, msg: string): void }): GatewayPlugin<RequestContext> {
  return () => {
    let pending: Pending[] = [];
    let operationName: string | null = null;
    return {
      didResolveOperation({ operation, request }) {
        if (!operation || operation.operation !== 'mutation') return;
        operationName = request.operationName ?? operation.name?.value ?? null;
        pending = topLevelFields(operation).map((field) => ({
          field,
          name: field.name.value,
          args: Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, request.variables ?? {})])),
        }));
      },
      // A query has nothing to record: it returns at once, no promise.
      willSendResponse({ response, contextValue, request }) {
        if (!pending.length || response.body.kind !== 'single') return;
        return record(response.body.singleResult, contextValue, request);
      },
    };

    async function record(
      result: FormattedExecutionResult,
      contextValue: RequestContext,
      request: GraphQLRequestContextWillSendResponse<RequestContext>['request'],
    ): Promise<void> {
      const data = (result.data ?? {}) as Record<string, { userErrors?: { code: string }[] } | null>;
      const ctx = contextValue;
      const rows = pending.map(({ field, name, args }) => {
        const key = field.alias?.value ?? name;
        const fieldErrors = (result.errors ?? []).filter((e) => !e.path || e.path[0] === key);
        const userErrors = data[key]?.userErrors ?? [];
        const outcome = fieldErrors.length ? 'ERROR' : userErrors.length ? 'USER_ERROR' : 'OK';
        const codes = [...fieldErrors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')), ...userErrors.map((e) => e.code)];
        let serialized = JSON.stringify(redact(args));
        if (serialized.length > MAX_ARGUMENTS_LENGTH) serialized = `${serialized.slice(0, MAX_ARGUMENTS_LENGTH)}…`;
        return {
          at: ctx.now(),
          keyId: ctx.actor.keyId,
          actor: ctx.actor.name,
          role: ctx.actor.role,
          operationName,
          mutation: name,
          arguments: serialized,
          outcome,
          codes,
          requestId: ctx.requestId,
          idempotencyKey: (request.http?.headers.get('idempotency-key') ?? null) as string | null,
        };
      });
      try {
        await ctx.db.transaction((em) => em.save(rows.map((row) => em.create(AuditEvent, row))));
      } catch (error) {
        log.error({ err: error, requestId: ctx.requestId }, 'audit write failed');
      }
    }
  };
}

function topLevelFields(operation: OperationDefinitionNode): FieldNode[] {
  return operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && !s.name.value.startsWith('__'));
}
