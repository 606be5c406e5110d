import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

@InputType('GrantProgressionAccessInput', { description: 'What grant progression access needs.' })
export class GrantProgressionAccessInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The API key id that gets access.' })
  @Length(1, 100)
  keyId: string;

  @Field(() => ProgressionAccessRole, { description: 'The role.' })
  @IsEnum(ProgressionAccessRole)
  role: ProgressionAccessRole;
}

@InputType('RevokeProgressionAccessInput', { description: 'What revoke progression access needs.' })
export class RevokeProgressionAccessInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the key.' })
  @Length(1, 100)
  keyId: string;
}

@InputType('AssignPartnerBusinessManagerInput', { description: 'What assign partner business manager needs.' })
export class AssignPartnerBusinessManagerInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The API key id of a PARTNER_BUSINESS_MANAGER.' })
  @Length(1, 100)
  managerKeyId: string;
}
