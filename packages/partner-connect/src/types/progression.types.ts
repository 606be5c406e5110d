import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Audit } from '../entities';
import { BusinessModelKind, PartnerConnectCredentialKind, PointsEntryKind, PointsEntrySource, ProgressionEventKind } from '../enums';

@ObjectType('Level', { description: 'PC-9: a program level with the points and requirements it needs (points in thousandths).' })
export class LevelType {
  @Field({ description: 'The level\'s code.' })
  code: string;

  @Field({ description: 'Name of the level.' })
  name: string;

  @Field(() => Int, { description: '0 for Community-Enrolled, rising.' })
  rank: number;

  @Field(() => GraphQLSafeInt, { description: 'The level\'s performance points thousandths.' })
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'The level\'s capability points thousandths.' })
  capabilityPointsThousandths: number;

  @Field(() => [String], { description: 'The level\'s requirements.' })
  requirements: string[];
}

@ObjectType('ProgressionPointsBySource', { description: 'Progression points by source.' })
export class ProgressionPointsBySource {
  @Field(() => PointsEntryKind, { description: 'The progression points by source\'s kind.' })
  kind: PointsEntryKind;

  @Field(() => PointsEntrySource, { description: 'The progression points by source\'s source.' })
  source: PointsEntrySource;

  @Field(() => GraphQLSafeInt, { description: 'The progression points by source\'s points thousandths.' })
  pointsThousandths: number;
}

@ObjectType('ProgressionNextLevel', { description: 'What the partner still needs for the level above the one it holds.' })
export class ProgressionNextLevel {
  @Field({ description: 'The progression next level\'s level.' })
  level: string;

  @Field({ description: 'Name of the progression next level.' })
  name: string;

  @Field(() => GraphQLSafeInt, { description: 'The progression next level\'s performance points needed thousandths.' })
  performancePointsNeededThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'The progression next level\'s capability points needed thousandths.' })
  capabilityPointsNeededThousandths: number;

  @Field(() => [String], { description: 'The progression next level\'s missing requirements.' })
  missingRequirements: string[];
}

@ObjectType('ProgressionEvent', { description: 'A date that matters next (PC-12).' })
export class ProgressionEvent {
  @Field(() => ProgressionEventKind, { description: 'The progression event\'s kind.' })
  kind: ProgressionEventKind;

  @Field({ description: 'The progression event\'s at.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Id of the subject; null when there is none.' })
  subjectId: string | null;
}

@ObjectType('ProgressionCredential', { description: 'PC-13: a credential and whether it counts at the instant asked.' })
export class ProgressionCredential {
  @Field(() => ID, { description: 'Unique id of this progression credential.' })
  id: string;

  @Field(() => PartnerConnectCredentialKind, { description: 'The progression credential\'s kind.' })
  kind: PartnerConnectCredentialKind;

  @Field({ description: 'Name of the progression credential.' })
  name: string;

  @Field({ description: 'The progression credential\'s valid from.' })
  validFrom: Date;

  @Field({ description: 'The progression credential\'s valid until.' })
  validUntil: Date;

  @Field({ description: 'VALID, EXPIRED, REVOKED or NOT_YET_VALID.' })
  status: string;

  @Field(() => GraphQLSafeInt, { description: 'The progression credential\'s points thousandths.' })
  pointsThousandths: number;
}

@ObjectType('Progression', { description: "PC-12: a partner's progression dashboard at an instant." })
export class Progression {
  @Field(() => ID, { description: 'Id of the partner.' })
  partnerId: string;

  @Field({ description: 'The progression\'s as of.' })
  asOf: Date;

  @Field({ description: 'The level held (a level code, or TERMINATED).' })
  level: string;

  @Field({ description: 'The progression\'s level name.' })
  levelName: string;

  @Field({ description: 'The level the points and requirements earn now.' })
  earnedLevel: string;

  @Field({ description: 'When it was entered (instant, UTC).' })
  enteredAt: Date;

  @Field(() => Int, { description: 'The progression\'s program year.' })
  programYear: number;

  @Field({ description: 'Instant (UTC) of the program year starts.' })
  programYearStartsAt: Date;

  @Field({ description: 'Last instant of the program year.' })
  programYearEndsAt: Date;

  @Field(() => [BusinessModelKind], { description: 'The progression\'s business models.' })
  businessModels: BusinessModelKind[];

  @Field(() => GraphQLSafeInt, { description: 'The progression\'s performance points thousandths.' })
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt, { description: 'The progression\'s capability points thousandths.' })
  capabilityPointsThousandths: number;

  @Field(() => [ProgressionPointsBySource], { description: 'The progression\'s points by source.' })
  pointsBySource: ProgressionPointsBySource[];

  @Field(() => ProgressionNextLevel, { nullable: true, description: 'The progression\'s next level; null when there is none.' })
  nextLevel: ProgressionNextLevel | null;

  @Field(() => [ProgressionEvent], { description: 'Next dated events, soonest first.' })
  nextEvents: ProgressionEvent[];

  @Field(() => [ProgressionCredential], { description: 'The progression\'s credentials.' })
  credentials: ProgressionCredential[];

  @Field(() => Audit, { nullable: true, description: 'The progression\'s open audit; null when there is none.' })
  openAudit: Audit | null;
}
