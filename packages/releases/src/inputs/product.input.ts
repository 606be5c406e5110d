import { ArrayMaxSize, ArrayUnique, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsEntityId } from '@alliance/kernel';

@InputType('CreateProductInput', { description: 'Input of `createProduct`: adds a vendor product tied to programs (REL-4).' })
export class CreateProductInput {
  @Field({ description: 'The product\'s name, such as "vSphere".' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => [ID], { defaultValue: [], description: 'Programs (membership domain) whose members build against this product.' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'programIds must not repeat a program' })
  @IsEntityId({ each: true, message: 'each of programIds must be an id issued by this API' })
  programIds: string[];
}

@InputType('SetProductProgramsInput', { description: 'Input of `setProductPrograms`: replaces the programs tied to a product (REL-4, REL-8).' })
export class SetProductProgramsInput {
  @Field(() => ID, { description: 'Id of the `Product` that `setProductPrograms` acts on (`product(id:)` returns it).' })
  @IsEntityId()
  productId: string;

  @Field(() => [ID], { description: 'The full list of programs tied to the product from now on.' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'programIds must not repeat a program' })
  @IsEntityId({ each: true, message: 'each of programIds must be an id issued by this API' })
  programIds: string[];
}
