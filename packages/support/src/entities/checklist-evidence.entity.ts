import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn, DecidedAtColumn, DecidedByColumn, DecisionNoteColumn } from '@alliance/kernel';
import { SupportEvidenceStatus } from '../enums';

/** SUP-8: evidence for one item of the datacenter support checklist, accepted or rejected by the vendor. */
@ObjectType('SupportChecklistEvidence', {
  description: 'SUP-8: evidence for one item of the datacenter support checklist, accepted or rejected by the vendor.',
})
@Entity('sup_checklist_evidence')
@Index(['partnerId', 'itemId'])
export class SupportChecklistEvidence extends Identified {
  @Field(() => ID, { description: 'Unique id of this support checklist evidence.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the `Partner` this `SupportChecklistEvidence` belongs to (resolved by `partner`).' })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Checklist item, such as 3.4.' })
  @Column({ type: 'varchar', length: 8 })
  itemId: string;

  @Field({ description: 'What the evidence is and where the information resides.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Where the evidence document is; null when the evidence was given as text only.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  documentUrl: string | null;

  @Field({ description: 'Name of the actor that submitted the evidence.' })
  @Column({ type: 'varchar', length: 200 })
  submittedBy: string;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => SupportEvidenceStatus, { description: 'Where the support checklist evidence stands in its life cycle.' })
  @EnumColumn()
  status: SupportEvidenceStatus;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  @DecidedByColumn()
  decidedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @DecidedAtColumn()
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the vendor wrote with its decision; null until decided or when no note was given.' })
  @DecisionNoteColumn()
  decisionNote: string | null;
}
