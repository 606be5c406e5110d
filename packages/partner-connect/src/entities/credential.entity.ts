import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { PartnerConnectCredentialKind } from '../enums';

/** PC-13: a competency, master services competency, accreditation or specialization with its validity. */
@ObjectType('PartnerConnectCredential', { description: 'PC-13: a competency, master services competency, accreditation or specialization with its validity.' })
@Entity('pc_credential')
export class Credential extends Identified {
  @Field(() => ID, { description: 'Id of the `Partner` this `PartnerConnectCredential` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => PartnerConnectCredentialKind, { description: 'Which kind of credential (PC-13).' })
  @EnumColumn()
  kind: PartnerConnectCredentialKind;

  @Field({ description: 'The credential\'s name, such as "Cloud Management and Automation".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'First instant the credential counts (UTC, PC-13).' })
  @InstantColumn()
  validFrom: Date;

  @Field({ description: 'Last instant the credential is valid (inclusive).' })
  @InstantColumn()
  validUntil: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLSafeInt, { description: 'Capability points while valid, in thousandths of a point (PC-13).' })
  @BigIntColumn()
  pointsThousandths: number;
}
