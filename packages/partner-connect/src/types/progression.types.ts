import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Audit } from '../entities';
import { BusinessModelKind, PartnerConnectCredentialKind, PointsEntryKind, PointsEntrySource, ProgressionEventKind } from '../enums';

@ObjectType('Level', { description: 'PC-9: a program level with the points and requirements it needs (points in thousandths).' })
export class LevelType {
  @Field({ description: 'Stable code of the level, such as COMMUNITY or PINNACLE (PC-9).' })
  code: string;

  @Field({ description: "The level's name as partners see it (PC-9)." })
  name: string;

  @Field(() => Int, { description: '0 for Community-Enrolled, rising.' })
  rank: number;

  @Field(() => GraphQLSafeInt, { description: 'Performance points the level needs, in thousandths of a point (PC-2, PC-9).' })
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'Capability points the level needs, in thousandths of a point (PC-9, PC-13).' })
  capabilityPointsThousandths: number;

  @Field(() => [String], { description: 'Requirements the level adds beyond points (PC-9).' })
  requirements: string[];
}

@ObjectType('ProgressionPointsBySource', { description: "A partner's points of one source and kind in the current program year (PC-12)." })
export class ProgressionPointsBySource {
  @Field(() => PointsEntryKind, { description: 'Performance or capability points.' })
  kind: PointsEntryKind;

  @Field(() => PointsEntrySource, { description: 'Where the points came from.' })
  source: PointsEntrySource;

  @Field(() => GraphQLSafeInt, { description: "Sum of the source's points, in thousandths of a point." })
  pointsThousandths: number;
}

@ObjectType('ProgressionNextLevel', { description: 'What the partner still needs for the level above the one it holds.' })
export class ProgressionNextLevel {
  @Field({ description: 'Code of the next level (PC-9).' })
  level: string;

  @Field({ description: "The next level's name as partners see it (PC-9)." })
  name: string;

  @Field(() => GraphQLSafeInt, { description: 'Performance points still needed, in thousandths of a point (PC-9).' })
  performancePointsNeededThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'Capability points still needed, in thousandths of a point (PC-9).' })
  capabilityPointsNeededThousandths: number;

  @Field(() => [String], { description: "The next level's added requirements the partner does not meet (PC-9)." })
  missingRequirements: string[];
}

@ObjectType('ProgressionEvent', { description: 'A date that matters next (PC-12).' })
export class ProgressionEvent {
  @Field(() => ProgressionEventKind, { description: 'What the date is.' })
  kind: ProgressionEventKind;

  @Field({ description: 'When it falls (UTC).' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the record the date belongs to (the participant for a renewal, the audit for a remediation window); null for dates of the whole program.',
  })
  subjectId: string | null;
}

@ObjectType('ProgressionCredential', { description: 'PC-13: a credential and whether it counts at the instant asked.' })
export class ProgressionCredential {
  @Field(() => ID, { description: 'Unique id of this progression credential.' })
  id: string;

  @Field(() => PartnerConnectCredentialKind, { description: 'Which kind of credential (PC-13).' })
  kind: PartnerConnectCredentialKind;

  @Field({ description: 'The credential\'s name, such as "Cloud Management and Automation".' })
  name: string;

  @Field({ description: 'First instant the credential counts (UTC).' })
  validFrom: Date;

  @Field({ description: 'Last instant the credential counts (UTC); after it the points stop counting (PC-13).' })
  validUntil: Date;

  @Field({ description: 'VALID, EXPIRED, REVOKED or NOT_YET_VALID.' })
  status: string;

  @Field(() => GraphQLSafeInt, { description: 'Capability points while valid, in thousandths of a point (PC-13).' })
  pointsThousandths: number;
}

@ObjectType('Progression', { description: "PC-12: a partner's progression dashboard at an instant." })
export class Progression {
  @Field(() => ID, { description: 'Id of the `Partner` this `Progression` belongs to (resolved by `partner`).' })
  partnerId: string;

  @Field({ description: 'The instant the dashboard was computed for.' })
  asOf: Date;

  @Field({ description: 'The level held (a level code, or TERMINATED).' })
  level: string;

  @Field({ description: 'The level the partner holds (PC-9).' })
  levelName: string;

  @Field({ description: 'The level the points and requirements earn now.' })
  earnedLevel: string;

  @Field({ description: 'When it was entered (instant, UTC).' })
  enteredAt: Date;

  @Field(() => Int, { description: 'The program year `asOf` falls in (PC-8).' })
  programYear: number;

  @Field({ description: 'First instant of that program year on the vendor fiscal calendar (UTC, PC-8).' })
  programYearStartsAt: Date;

  @Field({ description: 'Last instant of the program year.' })
  programYearEndsAt: Date;

  @Field(() => [BusinessModelKind], { description: 'The business models the partner joined (PC-1).' })
  businessModels: BusinessModelKind[];

  @Field(() => GraphQLSafeInt, { description: 'Performance points of the current program year, in thousandths of a point (PC-2, PC-8).' })
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'Capability points that count at `asOf`, in thousandths of a point (PC-13).' })
  capabilityPointsThousandths: number;

  @Field(() => [ProgressionPointsBySource], { description: 'Points of the current program year by source (PC-12).' })
  pointsBySource: ProgressionPointsBySource[];

  @Field(() => ProgressionNextLevel, { nullable: true, description: 'What the partner still needs for the next level; null at the top level.' })
  nextLevel: ProgressionNextLevel | null;

  @Field(() => [ProgressionEvent], { description: 'Next dated events, soonest first.' })
  nextEvents: ProgressionEvent[];

  @Field(() => [ProgressionCredential], { description: "The partner's credentials and whether each counts at `asOf` (PC-13)." })
  credentials: ProgressionCredential[];

  @Field(() => Audit, { nullable: true, description: "The partner's annual audit that is open or in remediation; null when there is none (PC-10)." })
  openAudit: Audit | null;
}
