import { Role } from '@alliance/kernel';
import { startTestGateway, TestGateway } from './support/harness';

/** What an integration sees of the gateway beyond the schema: CORS and the request log. */
describe('integrators: CORS and the request log', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ captureLog: true, config: { corsOrigins: ['https://tools.example.com'] } });
  });
  afterAll(() => t.close());

  const preflight = (origin: string) =>
    t.gateway.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
    });

  it('answers a preflight from an allowed origin with the methods and headers a client sends', async () => {
    const response = await preflight('https://tools.example.com');
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://tools.example.com');
    expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(response.headers['access-control-allow-headers']).toLowerCase()).toContain('idempotency-key');
  });

  it('gives another origin no Access-Control-Allow-Origin, so its browser refuses the response', async () => {
    const response = await preflight('https://evil.example.net');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const post = await t.gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://evil.example.net', 'content-type': 'application/json', authorization: `Bearer ${t.adminKey}` },
      payload: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('an allowed origin reads the response and the request id header', async () => {
    const post = await t.gateway.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://tools.example.com', 'content-type': 'application/json', authorization: `Bearer ${t.adminKey}` },
      payload: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.statusCode).toBe(200);
    expect(post.headers['access-control-allow-origin']).toBe('https://tools.example.com');
    expect(String(post.headers['access-control-expose-headers'])).toContain('x-request-id');
  });

  it('with no CORS_ORIGINS no origin is allowed', async () => {
    const closed = await startTestGateway();
    try {
      const response = await closed.gateway.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: 'https://tools.example.com', 'access-control-request-method': 'POST' },
      });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('logs every GraphQL request with its operation name, the key id (never the secret) and its duration', async () => {
    const secret = await t.mintKey(Role.INTEGRATION, { name: 'crm sync', scopes: ['partners:read'] });
    const keys = await t.ok<{ apiKeys: { id: string; name: string }[] }>('{ apiKeys { id name } }');
    const keyId = keys.apiKeys.find((key) => key.name === 'crm sync')!.id;
    t.log.length = 0;
    const response = await t.gql('query ListPartners { partners(first: 1) { edges { node { id } } } }', {}, secret);
    expect(response.body.errors).toBeUndefined();
    await t.gql('{ __typename }', {}, 'alk_not-a-key');

    const lines = t.log.map((line) => JSON.parse(line)).filter((line) => line.msg === 'graphql request');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ operationName: 'ListPartners', keyId, statusCode: 200 });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(lines[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(lines[1]).toMatchObject({ operationName: null, keyId: null, statusCode: 401 });
    for (const line of t.log) expect(line).not.toContain(secret);
  });
});
