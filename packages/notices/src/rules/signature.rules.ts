import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers of every webhook delivery. */
export const WebhookHeaders = {
  EVENT_ID: 'Alliance-Event-Id',
  EVENT_TYPE: 'Alliance-Event-Type',
  DELIVERY_ID: 'Alliance-Delivery-Id',
  TIMESTAMP: 'Alliance-Timestamp',
  SIGNATURE: 'Alliance-Signature',
} as const;

/**
 * A subscription's signing secret: `whsec_` and 32 bytes derived from the platform's webhook
 * key, the subscription id and its secret version. It is computed when needed and stored
 * nowhere, so neither the database nor a backup of it holds a secret a receiver trusts;
 * rotating bumps the version.
 */
export function deriveSigningSecret(webhookKey: string, subscriptionId: string, version: number): string {
  return `whsec_${createHmac('sha256', webhookKey).update(`alliance webhook signing secret:${subscriptionId}:${version}`, 'utf8').digest('base64url')}`;
}

/** A random webhook key (for an embedded database or tests: servers take one from configuration). */
export function newWebhookKey(): string {
  return randomBytes(32).toString('base64url');
}

/** Hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the subscription's secret. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/**
 * The `Alliance-Signature` header: `t=<unix seconds>,v1=<hex>`, with one `v1` per secret
 * (during a rotation's grace period deliveries carry the new and the previous secret's).
 */
export function signatureHeader(secrets: string | string[], timestamp: number, rawBody: string): string {
  const list = Array.isArray(secrets) ? secrets : [secrets];
  return [`t=${timestamp}`, ...list.map((secret) => `v1=${computeSignature(secret, timestamp, rawBody)}`)].join(',');
}

export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: string };

/**
 * For receivers: checks an `Alliance-Signature` header against the raw request body (the
 * exact bytes received, before any JSON parsing) and rejects a timestamp further than
 * `toleranceSeconds` (300 is usual) from `now` (replay protection; receivers pass their clock). Several `v1=` values are accepted
 * (any one matching), so a secret can be rotated.
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string | Buffer,
  toleranceSeconds: number,
  now: Date,
): SignatureCheck {
  if (!header) return { valid: false, reason: 'missing signature header' };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value) signatures.push(value);
  }
  if (timestamp === null) return { valid: false, reason: 'no timestamp in signature header' };
  if (!signatures.length) return { valid: false, reason: 'no v1 signature in signature header' };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) {
    return { valid: false, reason: 'timestamp outside the tolerance' };
  }
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const expected = Buffer.from(computeSignature(secret, timestamp, body), 'hex');
  const ok = signatures.some((candidate) => {
    if (!/^[0-9a-f]+$/i.test(candidate)) return false;
    const given = Buffer.from(candidate, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return ok ? { valid: true, timestamp } : { valid: false, reason: 'signature does not match' };
}
