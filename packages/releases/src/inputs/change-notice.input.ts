import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';
import { PartnerChangeKind } from '../enums';

@InputType('FileChangeNoticeInput')
export class FileChangeNoticeInput {
  @Field(() => ID)
  @IsEntityId()
  partnerId: string;

  @Field(() => PartnerChangeKind)
  @IsEnum(PartnerChangeKind)
  changeKind: PartnerChangeKind;

  @Field()
  @IsNotEmpty({ message: 'softwareName must not be empty' })
  @MaxLength(200)
  softwareName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  softwareVersion?: string | null;

  @Field()
  @IsNotEmpty({ message: 'description must not be empty' })
  @MaxLength(4000)
  description: string;

  @Field({ description: 'When the change will be released to the public.' })
  plannedReleaseAt: Date;
}
