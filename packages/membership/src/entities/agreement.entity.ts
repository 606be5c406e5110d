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

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'Which document an agreement is; when documents conflict, the Program Addendum governs, then the PEPA, then the Program Guide (MEM-3).',
  valuesConfig: {
    PEPA: { description: 'Platform Extensibility Program Agreement.' },
    PROGRAM_ADDENDUM: { description: "The program's own Program Addendum (partners who joined before the cutoff, MEM-2)." },
    UMBRELLA_ADDENDUM: { description: 'The SDDC Foundation and Integration Program Addendum (partners joining on or after the cutoff).' },
    PROGRAM_GUIDE: { description: 'The Program Guide: governs last, after the Program Addendum and the PEPA (MEM-3).' },
  },
});

@ObjectType('Agreement', { description: 'A signed agreement of an enrollment, with its term and clauses by topic.' })
@Entity('mem_agreement')
@Index(['enrollmentId', 'kind'])
export class Agreement extends Identified {
  @Field(() => ID, { description: 'Id of the `Enrollment` this `Agreement` refers to (look it up with `enrollment(id:)`).' })
  @IdColumn()
  enrollmentId: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `Agreement` belongs to (resolved by `partner`).' })
  @Index()
  @IdColumn()
  partnerId: string;

  @Field(() => AgreementKind, { description: 'Which document was signed; it decides which clauses govern first (MEM-3).' })
  @EnumColumn()
  kind: AgreementKind;

  @Field(() => String, { nullable: true, description: 'Document revision, such as "PEPA 2015".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  documentVersion: string | null;

  @Field({ description: "First instant of the agreement's term (UTC, MEM-4)." })
  @InstantColumn()
  termStartsAt: Date;

  @Field({ description: 'Last instant of the term (MEM-4).' })
  // The term-end notice rule reads agreements by the instant their term ends (NOT-1).
  @Index()
  @InstantColumn()
  termEndsAt: Date;

  @Field({ description: 'When it was signed (instant, UTC).' })
  @InstantColumn()
  signedAt: Date;

  @Field({ description: 'Name of the person who signed for the partner.' })
  @Column({ type: 'varchar', length: 200 })
  signedBy: string;

  @Column({ type: 'simple-json' })
  clauses: Record<string, string>;

  @Field(() => Date, { nullable: true, description: 'When it was terminated (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  terminatedAt: Date | null;
}
