import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, Identified, InstantColumn } from '@alliance/kernel';
import { CertificationChecklistKind } from '../enums';

/** CERT-15: the recorded state of one checklist item of one software version. */
@Entity('cert_checklist_item')
@Index(['versionId', 'checklist', 'itemKey'], { unique: true })
export class ChecklistItemState extends Identified {
  @IdColumn()
  versionId: string;

  @IdColumn()
  partnerId: string;

  @EnumColumn()
  checklist: CertificationChecklistKind;

  @Column({ type: 'varchar', length: 60 })
  itemKey: string;

  @Column({ type: 'boolean' })
  done: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @InstantColumn()
  updatedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  updatedBy: string;
}
