/** The one way both pages talk to the gateway: POST /graphql, JSON, `Authorization: Bearer`. */

export interface GraphqlErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphqlResult<T = unknown> {
  data?: T | null;
  errors?: GraphqlErrorEntry[];
}

export const GRAPHQL_PATH = '/graphql';

/** POSTs an operation and returns the response body as GraphQL shapes it (also for 4xx answers). */
export async function postGraphql<T = unknown>(
  key: string | null,
  body: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  signal?: AbortSignal,
): Promise<GraphqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'omit', signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { errors: [{ message: `the gateway did not answer (${(error as Error).message})`, extensions: { code: 'NETWORK_ERROR' } }] };
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphqlResult<T>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`, extensions: { code: `HTTP_${response.status}` } }] };
  }
}

/** An operation that failed: the first error's code and message, and every error. */
export class ApiError extends Error {
  readonly code: string;
  constructor(readonly errors: GraphqlErrorEntry[]) {
    super(errors.map((e) => e.message).join('; ') || 'request failed');
    this.name = 'ApiError';
    this.code = String(errors[0]?.extensions?.code ?? 'UNKNOWN');
  }
}

/** Runs an operation; any error (even with partial data) throws an ApiError. */
export async function request<T>(key: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await postGraphql<T>(key, { query, variables });
  if (result.errors?.length || !result.data) throw new ApiError(result.errors ?? [{ message: 'empty response' }]);
  return result.data;
}

/** The Relay page shape every list query returns. */
export interface Page<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Reads a connection to its end, 100 rows at a time, up to `maxPages` pages.
 * `select` picks the connection out of each response.
 */
export async function readAll<T, N>(
  run: (after: string | null) => Promise<T>,
  select: (data: T) => Page<N>,
  maxPages = 50,
): Promise<{ nodes: N[]; complete: boolean }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const connection = select(await run(after));
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return { nodes, complete: true };
    after = connection.pageInfo.endCursor;
  }
  return { nodes, complete: false };
}
