import { Column, Entity, Index } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BigIntColumn, CalendarDateScalar, DateOnlyColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';

/** CERT-14: a released file with its declared sums, and what an uploaded copy hashed to. */
@ObjectType('Artifact', { description: 'CERT-14: a released file with its declared sums, and what an uploaded copy hashed to.' })
@Entity('cert_artifact')
export class Artifact extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `String` this `Artifact` refers to (resolved by `version`).' })
  @Index()
  @IdColumn()
  versionId: string;

  @Field(() => ID, { description: 'Id of the `Software` this `Artifact` refers to (look it up with `software(id:)`).' })
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `Artifact` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field({ description: "The released file's name, as on the landing page." })
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field({ description: 'The software version the artifact was released as (CERT-14).' })
  @Column({ type: 'varchar', length: 60 })
  version: string;

  @Field(() => CalendarDateScalar, { description: 'Date certified or released, YYYY-MM-DD.' })
  @DateOnlyColumn()
  releasedOn: string;

  @Field({ description: 'Declared MD5 sum, lowercase hex.' })
  @Column({ type: 'varchar', length: 32 })
  md5: string;

  @Field({ description: 'Declared SHA1 sum, lowercase hex.' })
  @Column({ type: 'varchar', length: 40 })
  sha1: string;

  @Field(() => Float, { description: 'Declared file size in bytes.' })
  @BigIntColumn()
  sizeBytes: number;

  @Field({ description: 'When it was registered (instant, UTC).' })
  @InstantColumn()
  registeredAt: Date;

  @Field(() => String, { nullable: true, description: 'MD5 of the last uploaded file.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  receivedMd5: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA1 sum (hex) of the uploaded copy last verified against the declared sums; null until a copy is verified (CERT-14).',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  receivedSha1: string | null;

  @Field(() => Float, { nullable: true, description: 'Size in bytes of the uploaded copy last verified; null until a copy is verified (CERT-14).' })
  @BigIntColumn({ nullable: true })
  receivedSizeBytes: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was received (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  receivedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the uploaded copy's MD5 equals the declared one; false before any copy is verified (CERT-14).",
  })
  @Column({ type: 'boolean', nullable: true })
  md5Matches: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the uploaded copy's SHA1 equals the declared one; false before any copy is verified (CERT-14).",
  })
  @Column({ type: 'boolean', nullable: true })
  sha1Matches: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the uploaded copy's size equals the declared one; false before any copy is verified (CERT-14).",
  })
  @Column({ type: 'boolean', nullable: true })
  sizeMatches: boolean | null;

  /** Where the uploaded bytes were kept, when the module stores uploads (not public). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  storedPath: string | null;

  @Field(() => Boolean, { nullable: true, description: 'CERT-14: the uploaded file matches every declared sum and the size; null before any upload.' })
  get verified(): boolean | null {
    if (this.receivedAt == null) return null;
    return Boolean(this.md5Matches && this.sha1Matches && this.sizeMatches);
  }
}
