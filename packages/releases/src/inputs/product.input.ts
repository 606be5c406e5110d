import { ArrayMaxSize, ArrayUnique, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';

@InputType('CreateProductInput', { description: 'What create product needs.' })
export class CreateProductInput {
  @Field({ description: 'Name of the create product.' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => [ID], { defaultValue: [], description: 'Programs (membership domain) whose members build against this product.' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'programIds must not repeat a program' })
  @IsEntityId({ each: true, message: 'each of programIds must be an id issued by this API' })
  programIds: string[];
}

@InputType('SetProductProgramsInput', { description: 'What set product programs needs.' })
export class SetProductProgramsInput {
  @Field(() => ID, { description: 'Id of the product.' })
  @IsEntityId()
  productId: string;

  @Field(() => [ID], { description: 'The full list of programs tied to the product from now on.' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'programIds must not repeat a program' })
  @IsEntityId({ each: true, message: 'each of programIds must be an id issued by this API' })
  programIds: string[];
}
