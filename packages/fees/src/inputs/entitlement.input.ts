import { Field, ID, InputType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { EntitlementKind } from '../enums';

@InputType('OpenServiceRequestInput', { description: 'FEE-2: opens a service request against one unconsumed entitlement.' })
export class OpenServiceRequestInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `openServiceRequest` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => EntitlementKind, { description: 'Which entitlement kind: see the enum values.' })
  kind: EntitlementKind;

  @Field({ description: 'What the request is for: a submission id or the subject of a support incident.' })
  @IsNotEmpty({ message: 'reference must say what the service request is for' })
  @MaxLength(200)
  reference: string;
}
