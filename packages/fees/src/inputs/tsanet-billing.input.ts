import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';

@InputType('BillTsanetHostInput', { description: 'FEE-5: bills a TSANet group host for the current billing year.' })
export class BillTsanetHostInput {
  @Field(() => ID, { description: 'Id of the host-paid `TsanetGroup` to bill; its Limited members are counted before billing (FEE-5).' })
  @IsEntityId()
  groupId: string;
}
