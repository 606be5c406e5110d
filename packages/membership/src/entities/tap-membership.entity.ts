import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { IdColumn, Identified, InstantColumn, EnumColumn } from '@alliance/kernel';

export enum NetworkMembershipKind {
  /** Technology Alliance Partner membership: required to enroll in any program (MEM-1). */
  TAP = 'TAP',
  /** TSANet membership: required to retain certification status (MEM-9). */
  TSANET = 'TSANET',
}

registerEnumType(NetworkMembershipKind, {
  name: 'NetworkMembershipKind',
  description: 'The memberships a partner must hold: TAP to enroll and stay a member (MEM-1), TSANet to keep certification status (MEM-9).',
  valuesConfig: {
    TAP: { description: 'Technology Alliance Partner membership: required to enroll in any program (MEM-1).' },
    TSANET: { description: 'TSANet membership: required to retain certification status (MEM-9).' },
  },
});

/**
 * A dated TAP or TSANet membership of a partner. Active from `startsAt` through `endsAt`
 * inclusive; ending it early records when and why.
 */
@ObjectType('NetworkMembership', { description: 'A TAP or TSANet membership with its dates.' })
@Entity('mem_network_membership')
@Index(['partnerId', 'kind'])
export class NetworkMembership extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `NetworkMembership` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => NetworkMembershipKind, { description: 'TAP (MEM-1) or TSANet (MEM-9).' })
  @EnumColumn()
  kind: NetworkMembershipKind;

  @Field(() => String, { nullable: true, description: 'The membership number given by TAP or TSANet.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Field({ description: 'First instant of the membership term (UTC).' })
  @InstantColumn()
  startsAt: Date;

  @Field({ description: 'Last instant of the membership term.' })
  @InstantColumn()
  endsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the membership was ended before its term.' })
  @InstantColumn({ nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the membership ended early; null unless `endNetworkMembership` ended it.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  endReason: string | null;

  @Field({ description: 'When it was recorded (instant, UTC).' })
  @InstantColumn()
  recordedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  recordedBy: string;
}
