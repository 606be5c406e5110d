import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { InfluenceActivity } from '../enums';

@InputType('SubmitLifecycleClaimInput', { description: 'What submit lifecycle claim needs.' })
export class SubmitLifecycleClaimInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'A configured lifecycle activity, such as DEPLOYMENT.' })
  @Matches(/^[A-Z_]{1,60}$/, { message: 'activity must be an activity code such as DEPLOYMENT' })
  activity: string;

  @Field(() => ID, { description: 'Id of the customer.' })
  @Length(1, 100)
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the submit lifecycle claim.' })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;
}

@InputType('ApproveLifecycleClaimInput', { description: 'What approve lifecycle claim needs.' })
export class ApproveLifecycleClaimInput {
  @Field(() => ID, { description: 'Id of the claim.' })
  @IsEntityId()
  claimId: string;

  @Field({ defaultValue: true, description: 'true: approved base claim (points awarded); false: rejected.' })
  @IsBoolean()
  approve: boolean;
}

@InputType('SubmitInfluenceIntentionInput', { description: 'What submit influence intention needs.' })
export class SubmitInfluenceIntentionInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the customer.' })
  @Length(1, 100)
  customerId: string;

  @Field(() => ID, { description: 'Id of the opportunity.' })
  @Length(1, 100)
  opportunityId: string;

  @Field({ description: 'The solution.' })
  @Length(1, 100)
  solution: string;

  @Field(() => InfluenceActivity, { description: 'The activity.' })
  @IsEnum(InfluenceActivity)
  activity: InfluenceActivity;
}

@InputType('DecideInfluenceIntentionInput', { description: 'What decide influence intention needs.' })
export class DecideInfluenceIntentionInput {
  @Field(() => ID, { description: 'Id of the claim.' })
  @IsEntityId()
  claimId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;
}

@InputType('CompleteInfluenceWorkInput', { description: 'What complete influence work needs.' })
export class CompleteInfluenceWorkInput {
  @Field(() => ID, { description: 'Id of the claim.' })
  @IsEntityId()
  claimId: string;

  @Field({ description: 'When it was work started (instant, UTC).' })
  workStartedAt: Date;

  @Field({ description: 'When it was work ended (instant, UTC).' })
  workEndedAt: Date;
}
