import type { EntityManager } from 'typeorm';
import { newId } from './ids';

/** Something that happened in a domain, which other domains and integrations react to. */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  occurredAt: Date;
  /** The partner the event concerns, when there is one (webhook filtering, tenant isolation). */
  partnerId: string | null;
  payload: P;
}

export type EventHandler = (event: DomainEvent) => Promise<void> | void;

/**
 * Runs inside the transaction that raises the event, on its entity manager: for writes that
 * must commit or roll back with the event itself (an outbox row for webhook delivery).
 * `at` is the raising unit of work's instant.
 */
export type EventRecorder = (em: EntityManager, event: DomainEvent, at: Date) => Promise<void>;

export function domainEvent<P extends Record<string, unknown>>(type: string, occurredAt: Date, payload: P, partnerId: string | null = null): DomainEvent<P> {
  return { id: newId(), type, occurredAt, partnerId, payload };
}

/**
 * A domain's events as types: event name → payload. Each domain declares its map in its
 * `contracts` entry; publishers raise events through `eventsOf` and consumers react through
 * `reactions`, so both sides share one payload type.
 */
export type EventMap = { [type: string]: Record<string, unknown> };

/** An event of a map, by name. */
export type EventOf<M, K extends keyof M & string> = DomainEvent<M[K]> & { type: K };

/** Raises events of one map: the payload type follows the event name. */
export function eventsOf<M extends object>(): <K extends keyof M & string>(
  type: K,
  occurredAt: Date,
  payload: M[K],
  partnerId?: string | null,
) => EventOf<M, K> {
  return (type, occurredAt, payload, partnerId = null) => ({ id: newId(), type, occurredAt, partnerId, payload });
}

export interface EventLog {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * In-process bus. Events raised inside a transaction are held by the context and
 * published only after it commits; a rollback discards them. A handler's failure is
 * logged and does not undo the commit that raised the event.
 */
export class EventBus {
  private readonly handlers = new Map<string, EventHandler[]>();
  private readonly any: EventHandler[] = [];
  private readonly recorders: EventRecorder[] = [];

  constructor(private readonly log: EventLog = { error: () => undefined }) {}

  /** `type` `'*'` receives every event. */
  subscribe(type: string, handler: EventHandler): () => void {
    const list = type === '*' ? this.any : (this.handlers.get(type) ?? []);
    list.push(handler);
    if (type !== '*') this.handlers.set(type, list);
    return () => {
      const at = list.indexOf(handler);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Adds a recorder run inside the raising transaction (see `EventRecorder`). */
  addRecorder(recorder: EventRecorder): void {
    this.recorders.push(recorder);
  }

  /** Runs the recorders for an event on the raising transaction's manager; a failure rolls it back. */
  async record(em: EntityManager, event: DomainEvent, at: Date): Promise<void> {
    for (const recorder of this.recorders) await recorder(em, event, at);
  }

  async publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.type) ?? []), ...this.any]) {
        try {
          await handler(event);
        } catch (error) {
          this.log.error({ err: error, eventType: event.type, eventId: event.id }, 'event handler failed');
        }
      }
    }
  }
}
