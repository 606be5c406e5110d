import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { CalendarDateScalar, DateOnlyColumn, EnumColumn, IdColumn, InstantColumn } from '@alliance/kernel';
import { CertificationNode } from './node';
import { SoftwareReleaseKind } from '../enums';

/** A released version, patch or hot fix of partner software, with its release signature (CERT-13). */
@ObjectType('SoftwareVersion', { description: 'A released version, patch or hot fix of partner software, with its release signature (CERT-13).' })
@Entity('cert_software_version')
export class SoftwareVersion extends CertificationNode {
  @Field(() => ID, { description: 'Id of the `Software` this `SoftwareVersion` refers to (resolved by `software`).' })
  @Index()
  @IdColumn()
  softwareId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `SoftwareVersion` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Program` this `SoftwareVersion` refers to (look it up with `program(id:)`).' })
  @IdColumn()
  programId: string;

  @Field({ description: 'Dotted numeric version nodes, such as 2.1.0.4.' })
  @Column({ type: 'varchar', length: 60 })
  version: string;

  @Field(() => CalendarDateScalar, { description: 'Release date, YYYY-MM-DD.' })
  @DateOnlyColumn()
  releasedOn: string;

  @Field(() => SoftwareReleaseKind, { description: 'Major, minor, update, patch or hot fix (CERT-10, CERT-12).' })
  @EnumColumn()
  releaseKind: SoftwareReleaseKind;

  @Field({ description: 'CERT-13: the fully qualified, dated release signature.' })
  @Column({ type: 'varchar', length: 80 })
  releaseSignature: string;

  @Field({ description: 'When it was registered (instant, UTC).' })
  @InstantColumn()
  registeredAt: Date;
}
