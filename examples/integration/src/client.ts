import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Where the gateway is and the API key to send (never log the key). */
export interface Connection {
  url: string;
  key: string;
}

export interface Answer<T> {
  data: T;
  /** Response headers, lower-case: `x-request-id`, `idempotent-replayed`, ... */
  headers: Headers;
}

/**
 * Sends one typed operation. The document's types flow to `data` and `variables`; a GraphQL
 * error (with its `extensions.code`) is thrown, a broken domain rule comes back in `userErrors`.
 */
export async function send<T, V>(
  connection: Connection,
  document: TypedDocumentNode<T, V>,
  variables: V,
  options: { idempotencyKey?: string } = {},
): Promise<Answer<T>> {
  const response = await fetch(connection.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${connection.key}`,
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message} (HTTP ${response.status})`);
  }
  return { data: body.data as T, headers: response.headers };
}
