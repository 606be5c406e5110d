import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId, MutationPayload, RequestContext, Role, runMutation } from '@alliance/kernel';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';

@InputType({ description: "Input of `createApiKey`: the key's label, role, and the partner (PARTNER keys) or read scopes (INTEGRATION keys)." })
export class CreateApiKeyInput {
  @Field({ description: "A label for the key, such as the integration's name; shown in audit events." })
  @Length(1, 200)
  name: string;

  @Field(() => Role, { description: 'What the key may do; a PARTNER key is bound to `partnerId`, an INTEGRATION key reads only its `scopes`.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER keys.' })
  @IsOptional()
  @IsEntityId()
  partnerId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Read scopes for INTEGRATION keys, such as partners:read.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[a-z-]+:[a-z]+$/, { each: true, message: 'each scope looks like area:read' })
  scopes?: string[] | null;
}

@InputType({ description: 'Input of `revokeApiKey`: the key to revoke; it stops working at once.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Id of the `ApiKey` to revoke; requests presenting it are refused from then on.' })
  @IsEntityId()
  id: string;
}

@ObjectType({
  description: 'The result of `createApiKey`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The ApiKey as `createApiKey` left it; null when userErrors rejected the input.' })
  apiKey?: ApiKey;

  @Field(() => String, { nullable: true, description: 'The key itself. Shown once: only its hash is stored.' })
  secret?: string;
}

@ObjectType({
  description: 'The result of `revokeApiKey`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RevokeApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The ApiKey as `revokeApiKey` left it; null when userErrors rejected the input.' })
  apiKey?: ApiKey;
}

@ObjectType({ description: 'Who the presented API key is.' })
export class Viewer {
  @Field(() => ID, { nullable: true, description: 'Id of the presented `ApiKey`; null for the system actor.' })
  keyId: string | null;

  @Field({ description: "The key's label." })
  name: string;

  @Field(() => Role, { description: "The key's role: what it may call." })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Id of the `Partner` this `Viewer` belongs to (resolved by `partner`); null when the viewer has none.' })
  partnerId: string | null;

  @Field(() => [String], { description: 'Read scopes of an INTEGRATION key, such as `partners:read`; empty for other roles.' })
  scopes: string[];
}

@Resolver()
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Authorized()
  @Query(() => Viewer, { description: 'The key making this request.' })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const { keyId, name, role, partnerId, scopes } = ctx.actor;
    return { keyId, name, role, partnerId, scopes };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], {
    description:
      'The API keys visible to the key, oldest first. A bounded list, not paged: keys are minted by administrators, a few per integration (revoked keys included).',
  })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its secret is in the payload once and only its SHA-256 hash is stored.' })
  createApiKey(
    @Arg('input', { description: 'The input: see `CreateApiKeyInput`.' }) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateApiKeyPayload> {
    return runMutation(ctx, async () => {
      const { key, secret } = await this.keys.mint(ctx, input);
      return { apiKey: key, secret };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key: requests with it are refused from now on.' })
  revokeApiKey(
    @Arg('input', { description: 'The input: see `RevokeApiKeyInput`.' }) input: RevokeApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeApiKeyPayload> {
    return runMutation(ctx, async () => ({ apiKey: await this.keys.revoke(ctx, input.id) }));
  }
}
