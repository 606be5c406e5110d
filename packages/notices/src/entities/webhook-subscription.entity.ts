import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookSubscriptionStatus, { name: 'WebhookSubscriptionStatus', description: 'Whether deliveries are being sent.' });

/**
 * An integration's endpoint: which events and notices it receives. The signing secret is
 * kept server-side (it must be available to sign every delivery) and is never exposed
 * through the API after the mutation that created it.
 */
@ObjectType('WebhookSubscription', { description: 'An integration endpoint receiving signed deliveries of events and notices.' })
@Entity('ntc_webhook_subscription')
export class WebhookSubscription extends Identified {
  @Field({ description: 'The http(s) URL deliveries are POSTed to.' })
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field(() => [String], {
    description: 'Event types it receives: exact (`certification.listing_removed`, `notice.support.sla_breach`), a prefix wildcard (`certification.*`, `notice.*`), or `*` for everything.',
  })
  @Column({ type: 'simple-json' })
  eventKinds: string[];

  @Field(() => ID, { nullable: true, description: 'When set, only events and notices of this partner are delivered.' })
  @Index()
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  /** HMAC-SHA256 key; shown once at creation, never returned by the API again. */
  @Column({ type: 'varchar', length: 200 })
  signingSecret: string;

  @Field(() => WebhookSubscriptionStatus)
  @Index()
  @EnumColumn()
  status: WebhookSubscriptionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disabled (by an admin, or after repeated failed deliveries).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  disabledAt: Date | null;

  @Field(() => Int, { description: 'Deliveries in a row that failed after every retry; reset by a successful delivery.' })
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  lastDeliveredAt: Date | null;

  @Field()
  @InstantColumn()
  createdAt: Date;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  createdBy: string;
}
