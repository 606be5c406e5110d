import { Field, ID, InputType } from 'type-graphql';
import { IsEnum } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { BusinessModelKind } from '../enums';

@InputType('JoinBusinessModelInput', {
  description: 'Input of `joinBusinessModel`: PC-1: join a business model; the first one enters the program and charges the $995 enrollment fee.',
})
export class JoinBusinessModelInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `joinBusinessModel` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => BusinessModelKind, { description: 'The business model to join; Solution Builder requires TAP membership first (PC-1).' })
  @IsEnum(BusinessModelKind)
  model: BusinessModelKind;
}
