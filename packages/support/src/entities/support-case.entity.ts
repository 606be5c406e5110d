import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, Identified, IdColumn, InstantColumn } from '@alliance/kernel';
import { SupportCaseDirection, SupportCaseKind, SupportCaseLead, SupportCaseStatus, SupportIssueArea, SupportVendorTeam } from '../enums';

/** A customer report or a collaborative case between vendor and partner (SUP-2, SUP-3, SUP-4). */
@ObjectType('SupportCase', { description: 'A customer report or a collaborative case between vendor and partner (SUP-2, SUP-3, SUP-4).' })
@Entity('sup_case')
@Index(['partnerId', 'openedAt'])
export class SupportCase extends Identified {
  @Field(() => ID, { description: 'Unique id of this support case.' })
  declare id: string;

  @Field(() => SupportCaseKind, { description: 'A customer report or a collaborative case (SUP-3, SUP-4).' })
  @EnumColumn()
  kind: SupportCaseKind;

  @Field(() => SupportCaseDirection, { nullable: true, description: 'Collaborative cases only: which side opened it with the other.' })
  @EnumColumn({ nullable: true })
  direction: SupportCaseDirection | null;

  @Field(() => SupportIssueArea, { description: 'Product or SDK/API: decides who leads a collaborative case (SUP-3).' })
  @EnumColumn()
  issueArea: SupportIssueArea;

  @Field(() => SupportCaseLead, { description: 'SUP-3: the side that leads the case.' })
  @EnumColumn()
  lead: SupportCaseLead;

  @Field(() => SupportVendorTeam, { description: 'SUP-3: SDK/API issues go to Developer Support.' })
  @EnumColumn()
  vendorTeam: SupportVendorTeam;

  @Field(() => ID, { description: 'Id of the `Partner` this `SupportCase` belongs to (resolved by `partner`).' })
  @IdColumn()
  @Index()
  partnerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the `Software` this `SupportCase` refers to (look it up with `software(id:)`); null when the case has none.',
  })
  @IdColumn({ nullable: true })
  @Index()
  softwareId: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the partner `SoftwareVersion` involved; null when none was named.' })
  @IdColumn({ nullable: true })
  versionId: string | null;

  @Field(() => ID, { nullable: true, description: 'The TSANet group the collaboration runs through.' })
  @IdColumn({ nullable: true })
  tsanetGroupId: string | null;

  @Field(() => ID, { nullable: true, description: 'The case this one was opened from (a customer report, for example).' })
  @IdColumn({ nullable: true })
  relatedCaseId: string | null;

  @Field({ description: 'The customer who reported the issue or the mutual customer of a collaborative case.' })
  @Column({ type: 'varchar', length: 200 })
  customerName: string;

  @Field({ description: 'A one-line summary of the issue.' })
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

  @Field({ description: 'Name of the actor that opened the case.' })
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

  @Field(() => String, { nullable: true, description: 'Name of the support representative who first contacted the customer; null until then (SUP-1).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  firstResponseBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved (instant, UTC); null until then.' })
  @InstantColumn({ nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How the issue was resolved; null while OPEN.' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the actor that resolved the case; null while OPEN.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  resolvedBy: string | null;
}
