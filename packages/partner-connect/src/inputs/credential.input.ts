import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { PartnerConnectCredentialKind } from '../enums';

@InputType('RecordCredentialInput', { description: 'What record credential needs.' })
export class RecordCredentialInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerConnectCredentialKind, { description: 'Which partner connect credential kind: see the enum values.' })
  @IsEnum(PartnerConnectCredentialKind)
  kind: PartnerConnectCredentialKind;

  @Field({ description: 'Name of the record credential.' })
  @Length(1, 200)
  name: string;

  @Field({ description: 'The valid from.' })
  validFrom: Date;

  @Field({ description: 'Last instant the credential is valid (inclusive).' })
  validUntil: Date;
}

@InputType('RevokeCredentialInput', { description: 'What revoke credential needs.' })
export class RevokeCredentialInput {
  @Field(() => ID, { description: 'Id of the credential.' })
  @IsEntityId()
  credentialId: string;
}
