import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

@InputType('GrantProgressionAccessInput')
export class GrantProgressionAccessInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'The API key id that gets access.' })
  @Length(1, 100)
  keyId: string;

  @Field(() => ProgressionAccessRole)
  @IsEnum(ProgressionAccessRole)
  role: ProgressionAccessRole;
}

@InputType('RevokeProgressionAccessInput')
export class RevokeProgressionAccessInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field()
  @Length(1, 100)
  keyId: string;
}

@InputType('AssignPartnerBusinessManagerInput')
export class AssignPartnerBusinessManagerInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field({ description: 'The API key id of a PARTNER_BUSINESS_MANAGER.' })
  @Length(1, 100)
  managerKeyId: string;
}
