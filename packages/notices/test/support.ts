import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { addDays, DueNotice, NoticeRule } from '@alliance/kernel';
import { SignatureCheck, verifySignature } from '../src';

/** A renewal to give notice of, as a domain would keep it. */
export interface Renewal {
  subjectId: string;
  partnerId: string | null;
  renewsAt: Date;
}

export const RENEWAL_KIND = 'test.renewal_due';

/**
 * A notice rule as a domain writes one: renewal notices 60, 30 and 15 days before the
 * renewal instant (PC-11 style). It reads a list the test controls instead of a table.
 */
export function renewalRule(renewals: Renewal[], offsetsDays: number[] = [60, 30, 15]): NoticeRule {
  return {
    kinds: [RENEWAL_KIND],
    async due(_em, from, to) {
      const out: DueNotice[] = [];
      for (const renewal of renewals) {
        for (const offset of offsetsDays) {
          const dueAt = addDays(renewal.renewsAt, -offset);
          if (dueAt.getTime() >= from.getTime() && dueAt.getTime() <= to.getTime()) {
            out.push({
              kind: RENEWAL_KIND,
              subjectId: renewal.subjectId,
              partnerId: renewal.partnerId,
              dueAt,
              message: `Renewal of ${renewal.subjectId} in ${offset} days.`,
              data: { daysAhead: offset },
            });
          }
        }
      }
      return out;
    },
  };
}

export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  rawBody: string;
  check: SignatureCheck;
  answered: number;
}

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  /** The secret the receiver verifies with (set once the subscription exists). */
  secret: string;
  /** What the receiver answers: verifying receivers answer 204 on a valid signature, 401 otherwise. */
  answer: (request: ReceivedRequest) => number;
  close(): Promise<void>;
}

/**
 * A real HTTP receiver on 127.0.0.1 (port 0) that checks the Alliance signature over the raw
 * body, with the test's clock as its own (the signature timestamp comes from the same clock).
 */
export async function startReceiver(now: () => Date, answer?: (request: ReceivedRequest) => number): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    secret: '',
    answer: answer ?? ((request) => (request.check.valid ? 204 : 401)),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(receiver.secret, req.headers, rawBody, 300, now());
      const request: ReceivedRequest = { headers: req.headers, rawBody, check, answered: 0 };
      request.answered = receiver.answer(request);
      receiver.received.push(request);
      res.statusCode = request.answered;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/hooks/alliance`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

export function header(request: ReceivedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** A receiver that accepts the connection and never answers. */
export async function startHanging(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slow`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An obligation as a domain keeps it: written (comes into being) at one instant, due at another. */
export interface Obligation {
  subjectId: string;
  dueAt: Date;
  writtenAt: Date;
}

export const OBLIGATION_KIND = 'test.obligation_due';

/**
 * A rule over obligations that come into being over time, some already overdue when written
 * (the test adds each to `facts` when the clock reaches its `writtenAt`): it answers the forward
 * question by due instant and the late one by write instant, as domain rules do over their tables.
 */
export function obligationRule(facts: Obligation[]): NoticeRule {
  const notice = (o: Obligation): DueNotice => ({
    kind: OBLIGATION_KIND,
    subjectId: o.subjectId,
    partnerId: null,
    dueAt: o.dueAt,
    message: `${o.subjectId} is due`,
  });
  return {
    kinds: [OBLIGATION_KIND],
    async due(_em, from, to) {
      return facts.filter((o) => o.dueAt.getTime() >= from.getTime() && o.dueAt.getTime() <= to.getTime()).map(notice);
    },
    async writtenSince(_em, since, to) {
      return facts.filter((o) => o.writtenAt.getTime() >= since.getTime() && o.dueAt.getTime() <= to.getTime()).map(notice);
    },
  };
}
