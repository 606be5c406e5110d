import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { PartnerConnectCredentialKind } from '../enums';

@InputType('RecordCredentialInput', {
  description: 'Input of `recordCredential`: PC-13: record a competency, accreditation or specialization; capability points while valid.',
})
export class RecordCredentialInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `recordCredential` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerConnectCredentialKind, { description: 'Which partner connect credential kind: see the enum values.' })
  @IsEnum(PartnerConnectCredentialKind)
  kind: PartnerConnectCredentialKind;

  @Field({ description: 'The credential\'s name, such as "Cloud Management and Automation".' })
  @Length(1, 200)
  name: string;

  @Field({ description: 'First instant the credential counts (UTC, PC-13).' })
  validFrom: Date;

  @Field({ description: 'Last instant the credential is valid (inclusive).' })
  validUntil: Date;
}

@InputType('RevokeCredentialInput', { description: 'Input of `revokeCredential`: PC-13: revoke a credential; its points stop from now.' })
export class RevokeCredentialInput {
  @Field(() => ID, { description: 'Id of the `PartnerConnectCredential` to revoke (PC-13).' })
  @IsEntityId()
  credentialId: string;
}
