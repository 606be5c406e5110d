import { KERNEL_ERROR_CODES } from '@alliance/kernel';
import { errorCatalogue, Modules } from './modules';

/** Codes the gateway itself returns (HTTP and GraphQL layers), in the catalogue and the ErrorCode enum. */
export const GATEWAY_CODES: Record<string, string> = {
  RATE_LIMITED: 'The API key used its per-minute request budget; retry after `retryAfterSeconds` (HTTP 429).',
  IDEMPOTENCY_KEY_REUSED: 'The Idempotency-Key was used before with a different request (HTTP 422).',
  IDEMPOTENCY_KEY_IN_USE: 'A request with the same Idempotency-Key is still running (HTTP 409).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the limit (HTTP 413).',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL, or has more than 1000 tokens.',
  GRAPHQL_VALIDATION_FAILED: 'The query does not match the schema, or breaks a query limit (depth, aliases, directives, cost).',
  BAD_REQUEST: 'The HTTP request is not a GraphQL request the gateway accepts (such as a GET of a mutation, or a missing query).',
  UNSUPPORTED_MEDIA_TYPE: 'The request body is not `application/json` (HTTP 415).',
  OPERATION_RESOLUTION_FAILURE: 'The document has several operations and `operationName` names none of them.',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted query hash the gateway does not know.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'The gateway does not accept persisted queries.',
};

/** The README's error-code catalogue, as markdown: every code any module can return. */
export function errorCatalogueMarkdown(modules: Modules): string {
  const rows: [string, string, string][] = [
    ...Object.entries(KERNEL_ERROR_CODES).map(([code, meaning]) => [code, 'kernel', meaning] as [string, string, string]),
    ...Object.entries(GATEWAY_CODES).map(([code, meaning]) => [code, 'gateway', meaning] as [string, string, string]),
    ...Object.entries(errorCatalogue(modules.all))
      .filter(([code]) => !(code in KERNEL_ERROR_CODES))
      .map(([code, { module, meaning }]) => [code, module, meaning] as [string, string, string]),
  ];
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return ['| code | from | meaning |', '|---|---|---|', ...rows.map(([code, module, meaning]) => `| \`${code}\` | ${module} | ${escape(meaning)} |`)].join(
    '\n',
  );
}
