import { Field, ID, InputType } from 'type-graphql';
import { IsString, Length } from 'class-validator';
import { CalendarDateScalar, IsDateOnly, IsEntityId } from '@alliance/kernel';

@InputType('SetSupportEndOfSupportInput', { description: 'SUP-7: schedule the last day of full support of a version.' })
export class SetSupportEndOfSupportInput {
  @Field(() => ID, { description: 'The partner that owns the software.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => ID, { description: 'Id of the `Software` that `setEndOfSupport` acts on (`software(id:)` returns it).' })
  @IsString()
  @Length(1, 64)
  softwareId: string;

  @Field(() => ID, { description: 'Id of the certified `SoftwareVersion` whose full support ends (SUP-7).' })
  @IsString()
  @Length(1, 64)
  versionId: string;

  @Field(() => CalendarDateScalar, { description: 'Last day of full support, YYYY-MM-DD.' })
  @IsDateOnly()
  endsOn: string;
}
