import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { EnrollmentState } from './enrollment.entity';

/** One recorded change of an enrollment's state: who, when and why (MEM-10). Append-only. */
@ObjectType('EnrollmentStateChange')
@Entity('mem_enrollment_state_change')
@Index(['enrollmentId', 'at'])
export class EnrollmentStateChange extends Identified {
  @Field(() => ID)
  @IdColumn()
  enrollmentId: string;

  @Field(() => EnrollmentState, { nullable: true })
  @EnumColumn({ nullable: true })
  fromState: EnrollmentState | null;

  @Field(() => EnrollmentState)
  @EnumColumn()
  toState: EnrollmentState;

  @Field()
  @InstantColumn()
  at: Date;

  @Field({ description: 'Who made the change: an API key name, or `system`.' })
  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  reason: string;
}
