import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { PartnerChangeKind } from '../enums';

@InputType('FileChangeNoticeInput', {
  description: 'Input of `fileChangeNotice`: REL-7: tells the vendor of a change, update or patch; under 14 days ahead it is accepted and marked late.',
})
export class FileChangeNoticeInput {
  @Field(() => ID, { description: 'Id of the `Partner` that `fileChangeNotice` acts on (`partner(id:)` returns it).' })
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerChangeKind, { description: 'Change, update or patch (REL-7).' })
  @IsEnum(PartnerChangeKind)
  changeKind: PartnerChangeKind;

  @Field({ description: 'Name of the partner software that changes.' })
  @IsNotEmpty({ message: 'softwareName must not be empty' })
  @MaxLength(200)
  softwareName: string;

  @Field(() => String, { nullable: true, description: 'The version the change releases as; optional.' })
  @IsOptional()
  @MaxLength(60)
  softwareVersion?: string | null;

  @Field({ description: 'Free-text description of the file change notice.' })
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(4000)
  description: string;

  @Field({ description: 'When the change will be released to the public.' })
  plannedReleaseAt: Date;
}
