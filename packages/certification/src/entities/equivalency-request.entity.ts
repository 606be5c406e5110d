import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, Money, CurrencyColumn, DecidedAtColumn, MinorUnitsColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { CertificationRequestStatus } from '../enums';

/** CERT-12: a certification waiver for an update of certified software. */
@ObjectType('CertificationEquivalencyRequest', { description: 'CERT-12: a certification waiver for an update of certified software.' })
@Entity('cert_equivalency_request')
export class EquivalencyRequest extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Partner` this `CertificationEquivalencyRequest` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `CertificationEquivalencyRequest` refers to (look it up with `program(id:)`).' })
  @IdColumn()
  programId: string;

  @Field(() => ID, { description: 'The certified listing to extend.' })
  @IdColumn()
  listingId: string;

  @Field(() => ID, { description: 'The update to extend the listing to.' })
  @IdColumn()
  versionId: string;

  @Field({ description: 'Free-text description of the certification equivalency request.' })
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

  @Field(() => CertificationRequestStatus, { description: 'Where the certification equivalency request stands in its life cycle.' })
  @EnumColumn()
  status: CertificationRequestStatus;

  @Field({ description: 'When it was requested (instant, UTC).' })
  @InstantColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the update is equivalent to the certified version; null when the partner gave none.' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoice of the equivalency fee (charged on approval only, FEE-3).' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  invoiceId: string | null;

  @MinorUnitsColumn({ nullable: true })
  feeAmountMinor: number | null;

  @CurrencyColumn({ nullable: true })
  feeCurrency: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the `Listing` the approval extended to the new version (CERT-12); null until approved.' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  extendedListingId: string | null;

  @Field(() => Money, { nullable: true, description: 'The equivalency fee charged.' })
  get fee(): Money | null {
    return this.feeAmountMinor == null ? null : Money.of(this.feeAmountMinor, this.feeCurrency ?? 'USD');
  }
}
