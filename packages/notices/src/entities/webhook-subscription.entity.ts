import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookSubscriptionStatus, {
  name: 'WebhookSubscriptionStatus',
  description: 'Whether deliveries are being sent.',
  valuesConfig: {
    ACTIVE: { description: 'Deliveries are sent to the endpoint.' },
    DISABLED: {
      description:
        'No deliveries are sent: disabled with `disableWebhookSubscription`, or automatically after too many deliveries in a row failed; `enableWebhookSubscription` turns it back on.',
    },
  },
});

/**
 * An integration's endpoint: which events and notices it receives. Its signing secret is not
 * stored: it is derived from the platform's webhook key, the subscription id and
 * `secretVersion` whenever a delivery is signed, and shown once when created or rotated.
 */
@ObjectType('WebhookSubscription', { description: 'An integration endpoint receiving signed deliveries of events and notices.' })
@Entity('ntc_webhook_subscription')
export class WebhookSubscription extends Identified {
  @Field({ description: 'The http(s) URL deliveries are POSTed to.' })
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field(() => [String], {
    description:
      'Event types it receives: exact (`certification.listing_removed`, `notice.support.sla_breach`), a prefix wildcard (`certification.*`, `notice.*`), or `*` for everything.',
  })
  @Column({ type: 'simple-json' })
  eventKinds: string[];

  @Field(() => ID, { nullable: true, description: 'When set, only events and notices of this partner are delivered.' })
  @Index()
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text description of the webhook subscription.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Which signing secret is current: 1 at creation, one more at each rotation.' })
  @Column({ type: 'integer', default: 1 })
  secretVersion: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the secret was last rotated; for 24 hours after it deliveries are signed with the new and the previous secret.',
  })
  @InstantColumn({ nullable: true })
  secretRotatedAt: Date | null;

  @Field(() => WebhookSubscriptionStatus, { description: 'Where the webhook subscription stands in its life cycle.' })
  @Index()
  @EnumColumn()
  status: WebhookSubscriptionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disabled (by an admin, or after repeated failed deliveries).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was disabled (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  disabledAt: Date | null;

  @Field(() => Int, { description: 'Deliveries in a row that failed after every retry; reset by a successful delivery.' })
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Field(() => Date, { nullable: true, description: 'When it was last delivered (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  lastDeliveredAt: Date | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;

  @Field({ description: 'Name of the actor that created the subscription.' })
  @Column({ type: 'varchar', length: 200 })
  createdBy: string;
}
