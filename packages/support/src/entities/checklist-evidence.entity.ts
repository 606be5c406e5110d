import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportEvidenceStatus } from '../enums';

/** SUP-8: evidence for one item of the datacenter support checklist, accepted or rejected by the vendor. */
@ObjectType('SupportChecklistEvidence', { description: 'SUP-8: evidence for one item of the datacenter support checklist, accepted or rejected by the vendor.' })
@Entity('sup_checklist_evidence')
@Index(['partnerId', 'itemId'])
export class SupportChecklistEvidence extends Identified {
  @Field(() => ID, { description: 'Unique id of this support checklist evidence.' })
  declare id: string;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  partnerId: string;

  @Field(() => ID, { description: 'Checklist item, such as 3.4.' })
  @Column({ type: 'varchar', length: 8 })
  itemId: string;

  @Field({ description: 'What the evidence is and where the information resides.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The support checklist evidence\'s document URL; null when there is none.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  documentUrl: string | null;

  @Field({ description: 'The support checklist evidence\'s submitted by.' })
  @Column({ type: 'varchar', length: 200 })
  submittedBy: string;

  @Field({ description: 'When it was submitted (instant, UTC).' })
  @InstantColumn()
  submittedAt: Date;

  @Field(() => SupportEvidenceStatus, { description: 'Where the support checklist evidence stands in its life cycle.' })
  @EnumColumn()
  status: SupportEvidenceStatus;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The support checklist evidence\'s decision note; null when there is none.' })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
