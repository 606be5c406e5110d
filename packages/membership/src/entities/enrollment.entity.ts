import { Entity, Column, Index } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum EnrollmentState {
  /** Agreements not yet all signed. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  /** Past the end of the agreement term (MEM-4). */
  EXPIRED = 'EXPIRED',
  /** Requirements of the program's current version unmet (MEM-5). */
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(EnrollmentState, {
  name: 'EnrollmentState',
  description: "Where a partner's enrollment in one program stands; every change is recorded with who, when and why (MEM-10).",
  valuesConfig: {
    PENDING: { description: 'Agreements not yet all signed.' },
    ACTIVE: { description: "All agreements are signed, the term has not ended and the program version's requirements are met (MEM-2, MEM-4, MEM-5)." },
    EXPIRED: { description: 'Past the end of the agreement term (MEM-4).' },
    SUSPENDED: { description: "Requirements of the program's current version unmet (MEM-5)." },
    TERMINATED: { description: "Terminated with `terminateEnrollment`: access to the program's collateral and website is revoked (MEM-6). Final." },
  },
});

@ObjectType('Enrollment', { description: "A partner's membership of one program, with its own agreements, term and state (MEM-10)." })
@Entity('mem_enrollment')
@Index(['partnerId', 'programId'])
export class Enrollment extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `Enrollment` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `Enrollment` refers to (resolved by `program`).' })
  @Index()
  @IdColumn()
  programId: string;

  @Field(() => Int, { description: 'The program version whose requirements this enrollment meets.' })
  @Column({ type: 'integer' })
  programVersion: number;

  /** The state as last recorded; `state` (a field resolver) also reflects the clock (MEM-4). */
  @EnumColumn()
  recordedState: EnrollmentState;

  @Field(() => Date, { nullable: true, description: 'Start of the agreement term.' })
  @InstantColumn({ nullable: true })
  termStartsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last instant of the agreement term.' })
  @InstantColumn({ nullable: true })
  termEndsAt: Date | null;

  @Field({ description: 'When it was created (instant, UTC).' })
  @InstantColumn()
  createdAt: Date;
}
