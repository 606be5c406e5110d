/**
 * /explorer: GraphiQL, bundled locally. The API key is asked once and kept in this tab's
 * sessionStorage; every request (the schema's introspection too) carries it as a bearer
 * token. When the gateway has introspection turned off, GraphiQL runs without a schema
 * (no autocompletion or docs) and says why.
 */
import 'graphiql/graphiql.css';
import './shared/base.css';
import './explorer.css';
import { GraphiQL, GraphiQLProps } from 'graphiql';
import { buildClientSchema, getIntrospectionQuery, GraphQLSchema, IntrospectionQuery } from 'graphql';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphqlResult, postGraphql } from './shared/graphql';
import { storedKey, storeKey } from './shared/session';
import { KeyForm, maskKey, TopBar } from './shared/ui';

const DEFAULT_QUERY = `# Alliance GraphQL API. Run: Ctrl-Enter.
# Your key goes as Authorization: Bearer.
query Me {
  viewer {
    name
    role
    partnerId
  }
}
`;

type SchemaState =
  | { kind: 'loading' }
  | { kind: 'ready'; schema: GraphQLSchema }
  | { kind: 'disabled'; message: string }
  | { kind: 'unauthenticated'; message: string };

async function loadSchema(key: string): Promise<SchemaState> {
  const result = (await postGraphql<IntrospectionQuery>(key, {
    query: getIntrospectionQuery({ inputValueDeprecation: true }),
    operationName: 'IntrospectionQuery',
  })) as GraphqlResult<IntrospectionQuery>;
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', message: result.errors![0].message };
  if (result.data && !result.errors?.length) {
    try {
      return { kind: 'ready', schema: buildClientSchema(result.data) };
    } catch (error) {
      return { kind: 'disabled', message: `the schema could not be read: ${(error as Error).message}` };
    }
  }
  return { kind: 'disabled', message: result.errors?.[0]?.message ?? 'no schema in the answer' };
}

function Explorer() {
  const [key, setKey] = useState<string | null>(() => storedKey());
  const [editing, setEditing] = useState(false);
  const [schema, setSchema] = useState<SchemaState>({ kind: 'loading' });

  useEffect(() => {
    if (!key) return;
    let live = true;
    setSchema({ kind: 'loading' });
    void loadSchema(key).then((state) => {
      if (live) setSchema(state);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const acceptKey = useCallback((value: string) => {
    storeKey(value);
    setKey(value);
    setEditing(false);
  }, []);

  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (params, options) => {
      const extra: Record<string, string> = {};
      for (const [name, value] of Object.entries(options?.headers ?? {})) extra[name.toLowerCase()] = String(value);
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...extra };
      if (key && !headers.authorization) headers.authorization = `Bearer ${key}`;
      const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
      }
    },
    [key],
  );

  if (!key || editing || schema.kind === 'unauthenticated') {
    const error = !editing && schema.kind === 'unauthenticated' ? `The gateway refused this key: ${schema.message}` : null;
    return (
      <div className="explorer-page">
        <TopBar page="explorer" />
        <KeyForm
          onKey={acceptKey}
          error={error}
          onCancel={editing ? () => setEditing(false) : undefined}
          purpose="The explorer runs GraphQL operations against this gateway with your key: a PARTNER key sees only its own partner."
        />
      </div>
    );
  }

  return (
    <div className="explorer-page">
      <TopBar page="explorer">
        <span className="key-label" data-testid="explorer-key">
          Key <code>{maskKey(key)}</code>
        </span>
        <button type="button" onClick={() => setEditing(true)}>
          Change key
        </button>
        <button
          type="button"
          onClick={() => {
            storeKey(null);
            setKey(null);
          }}
        >
          Forget key
        </button>
      </TopBar>
      {schema.kind === 'disabled' ? (
        <div className="notice-banner" role="status" data-testid="introspection-off">
          <strong>No schema:</strong> introspection is turned off on this gateway ({schema.message}). Queries still run, without autocompletion or docs. Start
          the gateway with <code>ALLIANCE_INTROSPECTION=true</code> to turn it on.
        </div>
      ) : null}
      <main className="explorer-main">
        {schema.kind === 'loading' ? (
          <p className="muted loading">Reading the schema…</p>
        ) : (
          <GraphiQL
            fetcher={fetcher}
            schema={schema.kind === 'ready' ? schema.schema : null}
            defaultQuery={DEFAULT_QUERY}
            shouldPersistHeaders={false}
            defaultEditorToolsVisibility={false}
          />
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
