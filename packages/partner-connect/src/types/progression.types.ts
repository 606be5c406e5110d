import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Audit } from '../entities';
import { BusinessModelKind, PartnerConnectCredentialKind, PointsEntryKind, PointsEntrySource, ProgressionEventKind } from '../enums';

@ObjectType('Level', { description: 'PC-9: a program level with the points and requirements it needs (points in thousandths).' })
export class LevelType {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { description: '0 for Community-Enrolled, rising.' })
  rank: number;

  @Field(() => GraphQLSafeInt)
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt)
  capabilityPointsThousandths: number;

  @Field(() => [String])
  requirements: string[];
}

@ObjectType('ProgressionPointsBySource')
export class ProgressionPointsBySource {
  @Field(() => PointsEntryKind)
  kind: PointsEntryKind;

  @Field(() => PointsEntrySource)
  source: PointsEntrySource;

  @Field(() => GraphQLSafeInt)
  pointsThousandths: number;
}

@ObjectType('ProgressionNextLevel', { description: 'What the partner still needs for the level above the one it holds.' })
export class ProgressionNextLevel {
  @Field()
  level: string;

  @Field()
  name: string;

  @Field(() => GraphQLSafeInt)
  performancePointsNeededThousandths: number;

  @Field(() => GraphQLSafeInt)
  capabilityPointsNeededThousandths: number;

  @Field(() => [String])
  missingRequirements: string[];
}

@ObjectType('ProgressionEvent', { description: 'A date that matters next (PC-12).' })
export class ProgressionEvent {
  @Field(() => ProgressionEventKind)
  kind: ProgressionEventKind;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;
}

@ObjectType('ProgressionCredential', { description: 'PC-13: a credential and whether it counts at the instant asked.' })
export class ProgressionCredential {
  @Field(() => ID)
  id: string;

  @Field(() => PartnerConnectCredentialKind)
  kind: PartnerConnectCredentialKind;

  @Field()
  name: string;

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  @Field({ description: 'VALID, EXPIRED, REVOKED or NOT_YET_VALID.' })
  status: string;

  @Field(() => GraphQLSafeInt)
  pointsThousandths: number;
}

@ObjectType('Progression', { description: "PC-12: a partner's progression dashboard at an instant." })
export class Progression {
  @Field(() => ID)
  partnerId: string;

  @Field()
  asOf: Date;

  @Field({ description: 'The level held (a level code, or TERMINATED).' })
  level: string;

  @Field()
  levelName: string;

  @Field({ description: 'The level the points and requirements earn now.' })
  earnedLevel: string;

  @Field()
  enteredAt: Date;

  @Field(() => Int)
  programYear: number;

  @Field()
  programYearStartsAt: Date;

  @Field({ description: 'Last instant of the program year.' })
  programYearEndsAt: Date;

  @Field(() => [BusinessModelKind])
  businessModels: BusinessModelKind[];

  @Field(() => GraphQLSafeInt)
  performancePointsThousandths: number;

  @Field(() => GraphQLSafeInt)
  capabilityPointsThousandths: number;

  @Field(() => [ProgressionPointsBySource])
  pointsBySource: ProgressionPointsBySource[];

  @Field(() => ProgressionNextLevel, { nullable: true })
  nextLevel: ProgressionNextLevel | null;

  @Field(() => [ProgressionEvent], { description: 'Next dated events, soonest first.' })
  nextEvents: ProgressionEvent[];

  @Field(() => [ProgressionCredential])
  credentials: ProgressionCredential[];

  @Field(() => Audit, { nullable: true })
  openAudit: Audit | null;
}
