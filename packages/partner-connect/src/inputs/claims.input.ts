import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { InfluenceActivity } from '../enums';

@InputType('SubmitLifecycleClaimInput', { description: 'Input of `submitLifecycleClaim`: PC-4: claim a customer lifecycle activity.' })
export class SubmitLifecycleClaimInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `submitLifecycleClaim` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'A configured lifecycle activity, such as DEPLOYMENT.' })
  @Matches(/^[A-Z_]{1,60}$/, { message: 'activity must be an activity code such as DEPLOYMENT' })
  activity: string;

  @Field(() => ID, { description: "The customer's id in the vendor's booking system." })
  @Length(1, 100)
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Free-text description of the submit lifecycle claim.' })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;
}

@InputType('ApproveLifecycleClaimInput', {
  description: 'Input of `approveLifecycleClaim`: PC-4: approve (approved base claim: points awarded) or reject a lifecycle claim.',
})
export class ApproveLifecycleClaimInput {
  @Field(() => ID, { description: 'Id of the SUBMITTED `PartnerConnectLifecycleClaim` to decide.' })
  @IsEntityId()
  claimId: string;

  @Field({ defaultValue: true, description: 'true: approved base claim (points awarded); false: rejected.' })
  @IsBoolean()
  approve: boolean;
}

@InputType('SubmitInfluenceIntentionInput', {
  description: 'Input of `submitInfluenceIntention`: PC-5: a PoC or technical assessment intention claim, before the work starts.',
})
export class SubmitInfluenceIntentionInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `submitInfluenceIntention` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: "The customer's id in the vendor's booking system." })
  @Length(1, 100)
  customerId: string;

  @Field(() => ID, { description: "The opportunity's id in the vendor's booking system." })
  @Length(1, 100)
  opportunityId: string;

  @Field({ description: 'The solution the work is for; influence and booking points are never both earned for a customer, opportunity and solution (PC-5).' })
  @Length(1, 100)
  solution: string;

  @Field(() => InfluenceActivity, { description: 'Proof of concept or technical assessment (PC-5).' })
  @IsEnum(InfluenceActivity)
  activity: InfluenceActivity;
}

@InputType('DecideInfluenceIntentionInput', { description: 'Input of `decideInfluenceIntention`: PC-5: approve or reject an influence intention claim.' })
export class DecideInfluenceIntentionInput {
  @Field(() => ID, { description: 'Id of the SUBMITTED `PartnerConnectInfluenceClaim` to decide.' })
  @IsEntityId()
  claimId: string;

  @Field({ description: 'True approves, false rejects.' })
  @IsBoolean()
  approve: boolean;
}

@InputType('CompleteInfluenceWorkInput', {
  description: 'Input of `completeInfluenceWork`: PC-5: file the completion of the work, within 30 days after it ends.',
})
export class CompleteInfluenceWorkInput {
  @Field(() => ID, { description: 'Id of the APPROVED `PartnerConnectInfluenceClaim` whose work ended (PC-5).' })
  @IsEntityId()
  claimId: string;

  @Field({ description: 'When it was work started (instant, UTC).' })
  workStartedAt: Date;

  @Field({ description: 'When it was work ended (instant, UTC).' })
  workEndedAt: Date;
}
