import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Product } from '../entities/product.entity';
import { CreateProductInput, SetProductProgramsInput } from '../inputs/product.input';
import { ReleaseService } from '../services/release.service';

export const RELEASES_READ = 'releases:read';

@ObjectType('ProductConnection', { description: 'A page of product items, in creation order.' })
export class ProductConnection extends Connection(Product) {}

@ObjectType('CreateProductPayload', {
  description: 'The result of `createProduct`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateProductPayload extends MutationPayload {
  @Field(() => Product, { nullable: true, description: 'The Product as `createProduct` left it; null when userErrors rejected the input.' })
  product?: Product | null;
}

@ObjectType('SetProductProgramsPayload', {
  description: 'The result of `setProductPrograms`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class SetProductProgramsPayload extends MutationPayload {
  @Field(() => Product, { nullable: true, description: 'The Product as `setProductPrograms` left it; null when userErrors rejected the input.' })
  product?: Product | null;
}

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly service: ReleaseService) {}

  @Authorized(...readers(RELEASES_READ))
  @Query(() => Product, { description: 'A vendor product with the programs tied to it; partners build and certify against its releases (REL-4).' })
  product(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Product` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Product> {
    return this.service.getProduct(ctx, id);
  }

  @Authorized(...readers(RELEASES_READ))
  @Query(() => ProductConnection, { description: 'Vendor products, in creation order.' })
  products(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<ConnectionResult<Product>> {
    return this.service.listProducts(ctx, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => CreateProductPayload, { description: 'Adds a vendor product tied to programs (REL-4).' })
  createProduct(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `CreateProductInput`.' }) input: CreateProductInput,
  ): Promise<CreateProductPayload> {
    return runMutation(ctx, async () => ({ product: await this.service.createProduct(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => SetProductProgramsPayload, { description: 'Replaces the programs tied to a product (REL-4, REL-8).' })
  setProductPrograms(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SetProductProgramsInput`.' }) input: SetProductProgramsInput,
  ): Promise<SetProductProgramsPayload> {
    return runMutation(ctx, async () => ({ product: await this.service.setProductPrograms(ctx, input) }));
  }
}
