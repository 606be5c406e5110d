import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import {
  SupportCaseDirection,
  SupportCaseKind,
  SupportCaseLead,
  SupportCaseStatus,
  SupportIssueArea,
  SupportVendorTeam,
} from '../enums';

/** A customer report or a collaborative case between vendor and partner (SUP-2, SUP-3, SUP-4). */
@ObjectType('SupportCase', { description: 'A customer report or a collaborative case between vendor and partner (SUP-2, SUP-3, SUP-4).' })
@Entity('sup_case')
@Index(['partnerId', 'openedAt'])
export class SupportCase extends Identified {
  @Field(() => ID, { description: 'Unique id of this support case.' })
  declare id: string;

  @Field(() => SupportCaseKind, { description: 'The support case\'s kind.' })
  @EnumColumn()
  kind: SupportCaseKind;

  @Field(() => SupportCaseDirection, { nullable: true, description: 'Collaborative cases only: which side opened it with the other.' })
  @EnumColumn({ nullable: true })
  direction: SupportCaseDirection | null;

  @Field(() => SupportIssueArea, { description: 'The support case\'s issue area.' })
  @EnumColumn()
  issueArea: SupportIssueArea;

  @Field(() => SupportCaseLead, { description: 'SUP-3: the side that leads the case.' })
  @EnumColumn()
  lead: SupportCaseLead;

  @Field(() => SupportVendorTeam, { description: 'SUP-3: SDK/API issues go to Developer Support.' })
  @EnumColumn()
  vendorTeam: SupportVendorTeam;

  @Field(() => ID, { description: 'Id of the partner.' })
  @IdColumn()
  @Index()
  partnerId: string;

  @Field(() => ID, { nullable: true, description: 'Id of the software; null when there is none.' })
  @IdColumn({ nullable: true })
  @Index()
  softwareId: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the version; null when there is none.' })
  @IdColumn({ nullable: true })
  versionId: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group the collaboration runs through.' })
  @IdColumn({ nullable: true })
  tsanetGroupId: string | null;

  @Field(() => ID, { nullable: true, description: 'The case this one was opened from (a customer report, for example).' })
  @IdColumn({ nullable: true })
  relatedCaseId: string | null;

  @Field({ description: 'The support case\'s customer name.' })
  @Column({ type: 'varchar', length: 200 })
  customerName: string;

  @Field({ description: 'Title of the support case.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Free-text description of the support case.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, { description: 'SUP-1: 1 is the most urgent.' })
  @Column({ type: 'integer' })
  severity: number;

  @Field(() => SupportCaseStatus, { description: 'Where the support case stands in its life cycle.' })
  @EnumColumn()
  @Index()
  status: SupportCaseStatus;

  @Field({ description: 'When it was opened (instant, UTC).' })
  // The breach notice rule finds cases opened since its last run by this instant (NOT-1).
  @Index()
  @InstantColumn()
  openedAt: Date;

  @Field({ description: 'The support case\'s opened by.' })
  @Column({ type: 'varchar', length: 200 })
  openedBy: string;

  @Field(() => Date, { nullable: true, description: 'SUP-2: when the first response is due; null when the severity has no timer.' })
  @InstantColumn({ nullable: true })
  @Index()
  dueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'SUP-9: when the TSANet member must have acknowledged the case.' })
  @InstantColumn({ nullable: true })
  acknowledgementDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'SUP-2: first contact with the customer (or acknowledgement by the other side); stops the clock.' })
  @InstantColumn({ nullable: true })
  firstResponseAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The support case\'s first response by; null when there is none.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  firstResponseBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The support case\'s resolution; null when there is none.' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => String, { nullable: true, description: 'The support case\'s resolved by; null when there is none.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  resolvedBy: string | null;
}
