import { Column, Entity, Index, Unique } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Identified, IdColumn, InstantColumn, noticeKey } from '@alliance/kernel';

/**
 * A due notice, recorded once (NOT-1): the outbox of dated obligations. The stable key
 * (kind, subject, due instant) is unique, so a notice computed again by a later sweep is
 * never recorded, nor delivered, a second time.
 */
@ObjectType('Notice', { description: 'A dated obligation that came due and was recorded (NOT-1).' })
@Entity('ntc_notice')
@Unique('uq_ntc_notice_key', ['kind', 'subjectId', 'dueAt'])
export class Notice extends Identified {
  @Field({ description: 'What kind of obligation, such as `membership.agreement_term_ends`.' })
  @Index()
  @Column({ type: 'varchar', length: 100 })
  kind: string;

  @Field(() => ID, { description: 'Id of what the notice is about (an enrollment, a case, a subscription).' })
  @Column({ type: 'varchar', length: 100 })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The partner concerned; null for program-wide notices.' })
  @Index()
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @Field({ description: 'The instant the obligation falls due.' })
  @Index()
  @InstantColumn()
  dueAt: Date;

  @Field({ description: 'The notice in words, for people; integrations switch on `kind`.' })
  @Column({ type: 'varchar', length: 2000 })
  message: string;

  @Column({ type: 'simple-json', nullable: true })
  data: Record<string, unknown> | null;

  @Field({ description: 'When the sweep (or the system) recorded it.' })
  @InstantColumn()
  recordedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The sweep that recorded it; null when recorded by the system itself.' })
  @Index()
  @IdColumn({ nullable: true })
  sweepId: string | null;

  @Field({ description: 'Stable key `kind:subjectId:dueAt`: the same notice is never recorded twice.' })
  get key(): string {
    return noticeKey(this);
  }

  @Field(() => String, { nullable: true, description: 'Extra details from the rule, as a JSON object text.' })
  get dataJson(): string | null {
    return this.data ? JSON.stringify(this.data) : null;
  }
}
