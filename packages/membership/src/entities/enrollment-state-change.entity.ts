import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { EnrollmentState } from './enrollment.entity';

/** One recorded change of an enrollment's state: who, when and why (MEM-10). Append-only. */
@ObjectType('EnrollmentStateChange', { description: "One recorded change of an enrollment's state: who, when and why (MEM-10). Append-only." })
@Entity('mem_enrollment_state_change')
@Index(['enrollmentId', 'at'])
export class EnrollmentStateChange extends Identified {
  @Field(() => ID, { description: 'Id of the `Enrollment` this `EnrollmentStateChange` refers to (look it up with `enrollment(id:)`).' })
  @IdColumn()
  enrollmentId: string;

  @Field(() => EnrollmentState, { nullable: true, description: "The state before; null for the enrollment's first state." })
  @EnumColumn({ nullable: true })
  fromState: EnrollmentState | null;

  @Field(() => EnrollmentState, { description: 'The state after (MEM-10).' })
  @EnumColumn()
  toState: EnrollmentState;

  @Field({ description: 'When the enrollment moved to the new state (UTC).' })
  @InstantColumn()
  at: Date;

  @Field({ description: 'Who made the change: an API key name, or `system`.' })
  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Field({ description: 'Why the state changed, such as the unmet requirements of a new program version (MEM-10).' })
  @Column({ type: 'varchar', length: 1000 })
  reason: string;
}
