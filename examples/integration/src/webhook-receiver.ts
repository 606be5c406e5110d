import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface VerifiedDelivery {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * A webhook receiver: verifies every delivery with the Standard Webhooks library over the raw
 * body, answers 204 for a good one and 401 for a bad one, and drops a `webhook-id` it has
 * already seen (delivery is at least once).
 */
export class WebhookReceiver {
  readonly delivered: VerifiedDelivery[] = [];
  readonly rejected: string[] = [];
  private readonly seen = new Set<string>();
  private server: Server | null = null;
  private secret: string | null = null;

  /** Listens on 127.0.0.1 and resolves with the URL to subscribe. */
  async listen(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        response.statusCode = this.receive(Buffer.concat(chunks).toString('utf8'), request.headers);
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/alliance-webhooks`;
  }

  /** The subscription's signing secret (`whsec_...`), as the gateway returned it once. */
  useSecret(secret: string): void {
    this.secret = secret;
  }

  private receive(rawBody: string, headers: IncomingHttpHeaders): number {
    if (!this.secret) return 503;
    const plain = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
    try {
      const event = new Webhook(this.secret).verify(rawBody, plain) as VerifiedDelivery;
      const id = plain['webhook-id'];
      if (!this.seen.has(id)) {
        this.seen.add(id);
        this.delivered.push(event);
      }
      return 204;
    } catch (error) {
      this.rejected.push((error as Error).message);
      return 401;
    }
  }

  /** Resolves with the first verified delivery of this type, or fails after `timeoutMs`. */
  async waitFor(type: string, timeoutMs: number): Promise<VerifiedDelivery> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.delivered.find((event) => event.type === type);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no verified ${type} webhook within ${timeoutMs} ms (rejected: ${JSON.stringify(this.rejected)})`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
