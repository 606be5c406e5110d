import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { IdColumn, Identified, InstantColumn, EnumColumn } from '@alliance/kernel';

export enum NetworkMembershipKind {
  /** Technology Alliance Partner membership: required to enroll in any program (MEM-1). */
  TAP = 'TAP',
  /** TSANet membership: required to retain certification status (MEM-9). */
  TSANET = 'TSANET',
}

registerEnumType(NetworkMembershipKind, { name: 'NetworkMembershipKind' });

/**
 * A dated TAP or TSANet membership of a partner. Active from `startsAt` through `endsAt`
 * inclusive; ending it early records when and why.
 */
@ObjectType('NetworkMembership', { description: 'A TAP or TSANet membership with its dates.' })
@Entity('mem_network_membership')
@Index(['partnerId', 'kind'])
export class NetworkMembership extends Identified {
  @Field(() => ID)
  @IdColumn()
  partnerId: string;

  @Field(() => NetworkMembershipKind)
  @EnumColumn()
  kind: NetworkMembershipKind;

  @Field(() => String, { nullable: true, description: 'The membership number given by TAP or TSANet.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Field()
  @InstantColumn()
  startsAt: Date;

  @Field({ description: 'Last instant of the membership term.' })
  @InstantColumn()
  endsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the membership was ended before its term.' })
  @InstantColumn({ nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason: string | null;

  @Field()
  @InstantColumn()
  recordedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;
}
