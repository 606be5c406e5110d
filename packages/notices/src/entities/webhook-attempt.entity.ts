import { Column, Entity, Index } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Identified, IdColumn, InstantColumn } from '@alliance/kernel';

/** One HTTP attempt of a delivery, kept as a log (append-only). */
@ObjectType('WebhookDeliveryAttempt', { description: 'One attempt to deliver: when, the HTTP status or the error, and how long it took.' })
@Entity('ntc_webhook_attempt')
export class WebhookDeliveryAttempt extends Identified {
  @Field(() => ID, { description: 'Id of the `WebhookDelivery` attempted.' })
  @Index()
  @IdColumn()
  deliveryId: string;

  @Field(() => Int, { description: '1 for the first attempt.' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field({ description: 'When the attempt started (UTC).' })
  @InstantColumn()
  at: Date;

  @Field(() => Int, { nullable: true, description: 'HTTP status, when the receiver answered.' })
  @Column({ type: 'integer', nullable: true })
  httpStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it failed.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Field(() => Int, { description: 'How long the attempt took, in milliseconds.' })
  @Column({ type: 'integer' })
  durationMs: number;

  @Field({ description: 'Whether the endpoint answered with a 2xx status.' })
  @Column({ type: 'boolean' })
  succeeded: boolean;
}
