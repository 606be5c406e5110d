import { Column, Entity, Index, Unique } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: waiting for its (next) attempt; DELIVERED: a 2xx answer; FAILED: every attempt failed.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt; failed attempts are retried with back-off (NOT-1).' },
    DELIVERED: { description: 'The endpoint answered an attempt with a 2xx status.' },
    FAILED: { description: 'Every attempt failed; `redeliverWebhook` sends it again.' },
  },
});

/**
 * One event (or notice) for one subscription: the webhook outbox. The body is fixed when
 * the row is written, in the transaction that raised the event, so what is signed and
 * sent is exactly what committed. A lease lets several processes share the outbox.
 */
@ObjectType('WebhookDelivery', { description: 'One event or notice sent (or to be sent) to one subscription, with its attempts.' })
@Entity('ntc_webhook_delivery')
@Unique('uq_ntc_delivery_event', ['subscriptionId', 'eventId'])
@Index('ix_ntc_delivery_due', ['status', 'nextAttemptAt'])
export class WebhookDelivery extends Identified {
  @Field(() => ID, { description: 'Id of the `WebhookSubscription` the delivery goes to.' })
  @IdColumn()
  subscriptionId: string;

  @Field(() => ID, { description: 'Sent as `Alliance-Event-Id`; the same on every attempt and redelivery, so receivers drop duplicates by it.' })
  @Index()
  @Column({ type: 'varchar', length: 100 })
  eventId: string;

  @Field({ description: 'The event type, or `notice.<kind>` for a notice.' })
  @Column({ type: 'varchar', length: 150 })
  eventType: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Partner` this `WebhookDelivery` belongs to (resolved by `partner`); null when the webhook delivery has none.',
  })
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @Field({ description: 'The exact JSON body POSTed and signed: `{ id, type, occurredAt, partnerId, payload }`.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the webhook delivery stands in its life cycle.' })
  @EnumColumn()
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far, redeliveries included.' })
  @Column({ type: 'integer', default: 0 })
  attemptCount: number;

  @Field(() => Int, { description: 'Attempts left before the delivery is marked FAILED.' })
  @Column({ type: 'integer' })
  attemptsLeft: number;

  @Field({ description: 'When it is (or was) next due to be tried.' })
  @InstantColumn()
  nextAttemptAt: Date;

  /** A process holds the delivery until this instant; an expired lease is taken over. */
  @InstantColumn({ nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  leaseToken: string | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt, if the receiver answered.' })
  @Column({ type: 'integer', nullable: true })
  lastStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Error of the last attempt (timeout, refused connection, non-2xx).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  deliveredAt: Date | null;
}
