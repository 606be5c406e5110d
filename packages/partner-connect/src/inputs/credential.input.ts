import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { PartnerConnectCredentialKind } from '../enums';

@InputType('RecordCredentialInput')
export class RecordCredentialInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerConnectCredentialKind)
  @IsEnum(PartnerConnectCredentialKind)
  kind: PartnerConnectCredentialKind;

  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  validFrom: Date;

  @Field({ description: 'Last instant the credential is valid (inclusive).' })
  validUntil: Date;
}

@InputType('RevokeCredentialInput')
export class RevokeCredentialInput {
  @Field(() => ID)
  @IsEntityId()
  credentialId: string;
}
