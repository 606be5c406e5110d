import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { BigIntColumn, EnumColumn, IdColumn, InstantColumn, Money } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationRequestStatus } from '../enums';

/** CERT-12: a certification waiver for an update of certified software. */
@ObjectType('CertificationEquivalencyRequest')
@Entity('cert_equivalency_request')
export class EquivalencyRequest extends CertificationNode {
  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID)
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'The certified listing to extend.' })
  @IdColumn()
  listingId: string;

  @Field(() => ID, { description: 'The update to extend the listing to.' })
  @IdColumn()
  versionId: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'MD5 of the certified version artifact.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  certifiedMd5: string | null;

  @Field(() => String, { nullable: true, description: 'MD5 of the update artifact.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  updateMd5: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The two MD5 sums are the same (the update is byte-identical).' })
  @Column({ type: 'boolean', nullable: true })
  md5Identical: boolean | null;

  @Field(() => CertificationRequestStatus)
  @EnumColumn()
  status: CertificationRequestStatus;

  @Field()
  @InstantColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoice of the equivalency fee (charged on approval only, FEE-3).' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  invoiceId: string | null;

  @BigIntColumn({ nullable: true })
  feeAmountMinor: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  feeCurrency: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  extendedListingId: string | null;

  @Field(() => Money, { nullable: true, description: 'The equivalency fee charged.' })
  get fee(): Money | null {
    return this.feeAmountMinor == null ? null : Money.of(this.feeAmountMinor, this.feeCurrency ?? 'USD');
  }
}
