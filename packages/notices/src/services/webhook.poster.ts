import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { checkResolvedAddresses, checkTargetUrl, targetHostName, TargetCheck } from '../rules/webhook-target.rules';

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Allow loopback, private and link-local targets (local development only). */
  allowPrivateTargets: boolean;
}

/** Sends one webhook POST; resolves with the receiver's status, rejects on any transport failure. */
export type WebhookPoster = (post: WebhookPost) => Promise<{ status: number }>;

/** A target refused by the address checks; the delivery attempt fails with this reason. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Resolves the host and refuses non-public addresses. It is the lookup of the connection
 * itself, so the address checked is the address connected to (a DNS answer cannot change in
 * between).
 */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    const check = checkResolvedAddresses(
      hostname,
      list.map((entry) => entry.address),
    );
    if (!check.allowed) return callback(new WebhookTargetRefused(check.reason), []);
    if (!list.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    if (options.all) return callback(null, list);
    return callback(null, list[0].address, list[0].family);
  });
}

/**
 * The platform's poster: node's http(s) client, no redirects followed, the response body
 * discarded, and the target checked before connecting (the URL) and while connecting (the
 * resolved address).
 */
export const postWebhook: WebhookPoster = (post) =>
  new Promise((resolve, reject) => {
    const check = checkTargetUrl(post.url, post.allowPrivateTargets);
    if (!check.allowed) return reject(new WebhookTargetRefused(check.reason));
    const url = new URL(post.url);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const literal = isIP(url.hostname.replace(/^\[(.*)\]$/, '$1')) !== 0;
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
        signal: AbortSignal.timeout(post.timeoutMs),
        ...(post.allowPrivateTargets || literal ? {} : { lookup: publicOnlyLookup as never }),
      },
      (response) => {
        response.on('error', () => undefined);
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      },
    );
    request.on('error', reject);
    request.end(post.body);
  });

/**
 * Checks a subscription's URL when it is created: the URL itself, then the addresses its host
 * name resolves to now. A name that does not resolve is accepted (resolution may fail for a
 * while); every delivery checks the address it connects to anyway.
 */
export async function checkWebhookTarget(url: string, allowPrivate: boolean): Promise<TargetCheck> {
  const check = checkTargetUrl(url, allowPrivate);
  const host = targetHostName(url);
  if (!check.allowed || allowPrivate || !host) return check;
  try {
    const addresses = await lookupAll(host);
    return checkResolvedAddresses(
      host,
      addresses.map((entry) => entry.address),
    );
  } catch {
    return { allowed: true };
  }
}

/** Waits at most this long for DNS when a subscription is created (the request waits with it). */
const CREATE_LOOKUP_TIMEOUT_MS = 2_000;

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no DNS answer for ${host} within ${CREATE_LOOKUP_TIMEOUT_MS} ms`)), CREATE_LOOKUP_TIMEOUT_MS);
    dnsLookup(host, { all: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses);
    });
  });
}
