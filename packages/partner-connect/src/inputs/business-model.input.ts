import { Field, ID, InputType } from 'type-graphql';
import { IsEnum } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { BusinessModelKind } from '../enums';

@InputType('JoinBusinessModelInput')
export class JoinBusinessModelInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => BusinessModelKind)
  @IsEnum(BusinessModelKind)
  model: BusinessModelKind;
}
