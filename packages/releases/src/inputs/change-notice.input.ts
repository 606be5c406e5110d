import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { PartnerChangeKind } from '../enums';

@InputType('FileChangeNoticeInput', { description: 'What file change notice needs.' })
export class FileChangeNoticeInput {
  @Field(() => ID, { description: 'Id of the partner.' })
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerChangeKind, { description: 'The change kind.' })
  @IsEnum(PartnerChangeKind)
  changeKind: PartnerChangeKind;

  @Field({ description: 'The software name.' })
  @IsNotEmpty({ message: 'softwareName must not be empty' })
  @MaxLength(200)
  softwareName: string;

  @Field(() => String, { nullable: true, description: 'The software version (optional).' })
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
