import { Entity, Column, Index } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';

export enum AgreementKind {
  /** Platform Extensibility Program Agreement. */
  PEPA = 'PEPA',
  /** The program's own Program Addendum (partners who joined before the cutoff, MEM-2). */
  PROGRAM_ADDENDUM = 'PROGRAM_ADDENDUM',
  /** The SDDC Foundation and Integration Program Addendum (partners joining on or after the cutoff). */
  UMBRELLA_ADDENDUM = 'UMBRELLA_ADDENDUM',
  PROGRAM_GUIDE = 'PROGRAM_GUIDE',
}

registerEnumType(AgreementKind, { name: 'AgreementKind' });

@ObjectType('Agreement', { description: 'A signed agreement of an enrollment, with its term and clauses by topic.' })
@Entity('mem_agreement')
@Index(['enrollmentId', 'kind'])
export class Agreement extends Identified {
  @Field(() => ID)
  @IdColumn()
  enrollmentId: string;

  @Field(() => ID)
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => AgreementKind)
  @EnumColumn()
  kind: AgreementKind;

  @Field(() => String, { nullable: true, description: 'Document revision, such as "PEPA 2015".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  documentVersion: string | null;

  @Field()
  @InstantColumn()
  termStartsAt: Date;

  @Field({ description: 'Last instant of the term (MEM-4).' })
  // The term-end notice rule reads agreements by the instant their term ends (NOT-1).
  @Index()
  @InstantColumn()
  termEndsAt: Date;

  @Field()
  @InstantColumn()
  signedAt: Date;

  @Field({ description: 'Name of the person who signed for the partner.' })
  @Column({ type: 'varchar', length: 200 })
  signedBy: string;

  @Column({ type: 'simple-json' })
  clauses: Record<string, string>;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  terminatedAt: Date | null;
}
