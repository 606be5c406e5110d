import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BigIntColumn, EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { PartnerConnectCredentialKind } from '../enums';

/** PC-13: a competency, master services competency, accreditation or specialization with its validity. */
@ObjectType('PartnerConnectCredential')
@Entity('pc_credential')
export class Credential extends Identified {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => PartnerConnectCredentialKind)
  @EnumColumn()
  kind: PartnerConnectCredentialKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @InstantColumn()
  validFrom: Date;

  @Field({ description: 'Last instant the credential is valid (inclusive).' })
  @InstantColumn()
  validUntil: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLSafeInt)
  @BigIntColumn()
  pointsThousandths: number;
}
