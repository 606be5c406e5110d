import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UserError } from '@alliance/kernel';

/** Codes whose messages are meant for the caller; anything else is masked. */
export const CALLER_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_CURSOR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'QUERY_TOO_COMPLEX',
]);

/** Extension keys a caller may see; everything else (stack traces, exceptions, echoed input) is dropped. */
const SAFE_EXTENSIONS = ['code', 'field', 'fields', 'requestId', 'retryAfterSeconds', 'limit'];

const VARIABLE_VALUE = /^(Variable "\$[^"]+" got invalid value) [\s\S]*?( at "[^"]+")?; ([\s\S]*)$/;

export const INTERNAL_MESSAGE = 'Internal server error. Quote the requestId when reporting it.';

/**
 * No stack trace, SQL text or internal message ever leaves the gateway, whatever NODE_ENV is:
 * errors with a caller-facing code keep their message; the rest become INTERNAL_SERVER_ERROR
 * (logged in full with the request id by the error-logging plugin).
 */
export function createErrorFormatter(domainCodes: Iterable<string>): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const known = new Set([...CALLER_CODES, ...domainCodes]);
  return (formatted, error) => {
    // A domain rule broken by a query (not a mutation) still reads as that rule.
    const original = unwrapResolverError(error);
    if (original instanceof UserError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    return formatError(formatted, known);
  };
}

export function formatError(formatted: GraphQLFormattedError, known: ReadonlySet<string> = CALLER_CODES): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!known.has(code)) {
    return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const extensions: Record<string, unknown> = {};
  for (const key of SAFE_EXTENSIONS) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  // Variable coercion errors would echo the submitted value: keep only where and why.
  const message = formatted.message.replace(VARIABLE_VALUE, (_all, head: string, at: string | undefined, why: string) => `${head}${at ?? ''}; ${why}`);
  return { message, locations: formatted.locations, path: formatted.path, extensions };
}
