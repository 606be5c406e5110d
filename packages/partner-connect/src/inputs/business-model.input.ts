import { Field, ID, InputType } from 'type-graphql';
import { IsEnum } from 'class-validator';
import { IsEntityId } from '@alliance/kernel';
import { BusinessModelKind } from '../enums';

@InputType('JoinBusinessModelInput', { description: 'What join business model needs.' })
export class JoinBusinessModelInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => BusinessModelKind, { description: 'The model.' })
  @IsEnum(BusinessModelKind)
  model: BusinessModelKind;
}
