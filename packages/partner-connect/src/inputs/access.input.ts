import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { ProgressionAccessRole } from '../enums';

@InputType('GrantProgressionAccessInput', {
  description: "Input of `grantProgressionAccess`: PC-14: staff name a partner's contacts; a primary or alternate contact adds users.",
})
export class GrantProgressionAccessInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `grantProgressionAccess` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The API key id that gets access.' })
  @Length(1, 100)
  keyId: string;

  @Field(() => ProgressionAccessRole, { description: 'Primary contact, alternate contact (named by staff) or added user (added by a contact) (PC-14).' })
  @IsEnum(ProgressionAccessRole)
  role: ProgressionAccessRole;
}

@InputType('RevokeProgressionAccessInput', { description: "Input of `revokeProgressionAccess`: PC-14: remove a key's access to the progression." })
export class RevokeProgressionAccessInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `revokeProgressionAccess` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the PARTNER `ApiKey` whose access to the progression ends (PC-14).' })
  @Length(1, 100)
  keyId: string;
}

@InputType('AssignPartnerBusinessManagerInput', {
  description: "Input of `assignPartnerBusinessManager`: PC-14: assign the partner business manager who sees the partner's progression.",
})
export class AssignPartnerBusinessManagerInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `assignPartnerBusinessManager` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'The API key id of a PARTNER_BUSINESS_MANAGER.' })
  @Length(1, 100)
  managerKeyId: string;
}
