import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Headers of every webhook delivery. The signature follows the Standard Webhooks
 * specification (https://www.standardwebhooks.com), so a receiver verifies with an existing
 * library (`standardwebhooks` on npm, and its ports): `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`. The `Alliance-*` headers say what the delivery is about.
 */
export const WebhookHeaders = {
  /** The delivery's id: the same on every retry, so a receiver can drop duplicates. */
  ID: 'webhook-id',
  /** Unix seconds when this attempt was signed. */
  TIMESTAMP: 'webhook-timestamp',
  /** `v1,<base64>` signatures, space-separated (two during a secret rotation's grace period). */
  SIGNATURE: 'webhook-signature',
  EVENT_ID: 'Alliance-Event-Id',
  EVENT_TYPE: 'Alliance-Event-Type',
  DELIVERY_ID: 'Alliance-Delivery-Id',
} as const;

/**
 * A subscription's signing secret: `whsec_` and 32 bytes derived from the platform's webhook
 * key, the subscription id and its secret version. It is computed when needed and stored
 * nowhere, so neither the database nor a backup of it holds a secret a receiver trusts;
 * rotating bumps the version.
 */
export function deriveSigningSecret(webhookKey: string, subscriptionId: string, version: number): string {
  // Standard Webhooks secrets are `whsec_` and the key's bytes in standard base64.
  return `whsec_${createHmac('sha256', webhookKey).update(`alliance webhook signing secret:${subscriptionId}:${version}`, 'utf8').digest('base64')}`;
}

/** A random webhook key (for an embedded database or tests: servers take one from configuration). */
export function newWebhookKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The HMAC key of a `whsec_<base64>` secret: its bytes. */
function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

/** Base64 HMAC-SHA256 of `${id}.${timestamp}.${rawBody}` with the secret's key (Standard Webhooks `v1`). */
export function computeSignature(secret: string, id: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${rawBody}`, 'utf8').digest('base64');
}

/**
 * The `webhook-signature` header: `v1,<base64>`, one per secret, space-separated (during a
 * rotation's grace period deliveries carry the new and the previous secret's).
 */
export function signatureHeader(secrets: string | string[], id: string, timestamp: number, rawBody: string): string {
  const list = Array.isArray(secrets) ? secrets : [secrets];
  return list.map((secret) => `v1,${computeSignature(secret, id, timestamp, rawBody)}`).join(' ');
}

export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: string };

type HeaderValue = string | string[] | undefined | null;
const single = (value: HeaderValue): string | undefined => (Array.isArray(value) ? value[0] : (value ?? undefined));

/**
 * For receivers (and tests) without a Standard Webhooks library: checks the `webhook-id`,
 * `webhook-timestamp` and `webhook-signature` headers against the raw request body (the exact
 * bytes received, before any JSON parsing) and rejects a timestamp further than
 * `toleranceSeconds` (300 is usual) from `now` (replay protection; receivers pass their clock).
 * Several `v1,` signatures are accepted (any one matching), so a secret can be rotated.
 */
export function verifySignature(
  secret: string,
  headers: Record<string, HeaderValue>,
  rawBody: string | Buffer,
  toleranceSeconds: number,
  now: Date,
): SignatureCheck {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), single(value)]));
  const id = lower[WebhookHeaders.ID];
  const stamp = lower[WebhookHeaders.TIMESTAMP];
  const header = lower[WebhookHeaders.SIGNATURE];
  if (!header) return { valid: false, reason: 'missing signature header' };
  if (!id) return { valid: false, reason: 'missing webhook-id header' };
  if (!stamp || !/^\d+$/.test(stamp)) return { valid: false, reason: 'no timestamp in webhook-timestamp header' };
  const timestamp = Number(stamp);
  const signatures = header
    .split(' ')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1,'))
    .map((part) => part.slice(3));
  if (!signatures.length) return { valid: false, reason: 'no v1 signature in signature header' };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) {
    return { valid: false, reason: 'timestamp outside the tolerance' };
  }
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const expected = Buffer.from(computeSignature(secret, id, timestamp, body), 'base64');
  const ok = signatures.some((candidate) => {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(candidate)) return false;
    const given = Buffer.from(candidate, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return ok ? { valid: true, timestamp } : { valid: false, reason: 'signature does not match' };
}
