import type { GatewayPlugin } from '../combined-plugin';
import type { RequestContext } from '@alliance/kernel';

/** What one GraphQL request came to, as seen by Apollo. */
export interface OperationInfo {
  /** The operation's name, or null when it has none; undefined until Apollo resolved it. */
  name?: string | null;
  type?: 'query' | 'mutation' | 'subscription';
  /** The response carried GraphQL errors. */
  errors: boolean;
}

const OPERATION = 'observability.operation';

/**
 * Records, in each request context's `extras` (Apollo hands plugins a shallow copy of the
 * context, which shares that map), which operation ran and whether it answered with
 * errors. The metrics and the trace span read it when the response is sent.
 */
export class OperationRecorder {
  get(ctx: RequestContext | undefined): OperationInfo | undefined {
    return ctx?.extras.get(OPERATION) as OperationInfo | undefined;
  }

  plugin(): GatewayPlugin<RequestContext> {
    return ({ contextValue }) => {
      const info: OperationInfo = { errors: false };
      contextValue?.extras?.set(OPERATION, info);
      return {
        didResolveOperation({ operationName, operation }) {
          info.name = operationName ?? null;
          info.type = operation?.operation as OperationInfo['type'];
        },
        willSendResponse({ response }) {
          info.errors = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
        },
      };
    };
  }
}

/** Label values the gateway chooses itself; a client's operation may not use them. */
export const OPERATION_UNKNOWN = 'unknown';
export const OPERATION_ANONYMOUS = 'anonymous';
export const OPERATION_OTHER = 'other';

/**
 * Operation names as metric labels, with bounded cardinality: the first `max` distinct names
 * a process sees are kept, later ones are counted as `other`; an operation without a name
 * is `anonymous`, a request refused before its operation was known (no key, rate limit,
 * parse or validation failure, idempotent replay) is `unknown`.
 */
export class OperationLabels {
  private readonly names = new Set<string>();

  constructor(
    readonly max = 100,
    readonly maxLength = 64,
  ) {}

  label(info: OperationInfo | undefined): string {
    if (!info || info.name === undefined) return OPERATION_UNKNOWN;
    const name = info.name;
    if (!name) return OPERATION_ANONYMOUS;
    if ([OPERATION_UNKNOWN, OPERATION_ANONYMOUS, OPERATION_OTHER].includes(name)) return OPERATION_OTHER;
    if (this.names.has(name)) return name;
    if (this.names.size >= this.max || name.length > this.maxLength) return OPERATION_OTHER;
    this.names.add(name);
    return name;
  }
}

/** The outcome label of a /graphql response. */
export function requestOutcome(status: number, info: OperationInfo | undefined, replayed: boolean): string {
  if (status === 401) return 'unauthenticated';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal_error';
  if (status >= 400) return 'rejected';
  if (replayed) return 'replayed';
  return info?.errors ? 'error' : 'ok';
}
