import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { InfluenceActivity } from '../enums';

@InputType('SubmitLifecycleClaimInput')
export class SubmitLifecycleClaimInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'A configured lifecycle activity, such as DEPLOYMENT.' })
  @Matches(/^[A-Z_]{1,60}$/, { message: 'activity must be an activity code such as DEPLOYMENT' })
  activity: string;

  @Field()
  @Length(1, 100)
  customerId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;
}

@InputType('ApproveLifecycleClaimInput')
export class ApproveLifecycleClaimInput {
  @Field(() => ID)
  @IsEntityId()
  claimId: string;

  @Field({ defaultValue: true, description: 'true: approved base claim (points awarded); false: rejected.' })
  @IsBoolean()
  approve: boolean;
}

@InputType('SubmitInfluenceIntentionInput')
export class SubmitInfluenceIntentionInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field()
  @Length(1, 100)
  customerId: string;

  @Field()
  @Length(1, 100)
  opportunityId: string;

  @Field()
  @Length(1, 100)
  solution: string;

  @Field(() => InfluenceActivity)
  @IsEnum(InfluenceActivity)
  activity: InfluenceActivity;
}

@InputType('DecideInfluenceIntentionInput')
export class DecideInfluenceIntentionInput {
  @Field(() => ID)
  @IsEntityId()
  claimId: string;

  @Field()
  @IsBoolean()
  approve: boolean;
}

@InputType('CompleteInfluenceWorkInput')
export class CompleteInfluenceWorkInput {
  @Field(() => ID)
  @IsEntityId()
  claimId: string;

  @Field()
  workStartedAt: Date;

  @Field()
  workEndedAt: Date;
}
