import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId, MutationPayload, RequestContext, Role, runMutation } from '@alliance/kernel';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';

@InputType({ description: 'What create API key needs.' })
export class CreateApiKeyInput {
  @Field({ description: 'Name of the create API key.' })
  @Length(1, 200)
  name: string;

  @Field(() => Role, { description: 'The role.' })
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

@InputType({ description: 'What revoke API key needs.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Id of the revoke API key.' })
  @IsEntityId()
  id: string;
}

@ObjectType({ description: 'The result of create API key: the changed record, or the userErrors that rejected the input.' })
export class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The create API key\'s API key; null when there is none.' })
  apiKey?: ApiKey;

  @Field(() => String, { nullable: true, description: 'The key itself. Shown once: only its hash is stored.' })
  secret?: string;
}

@ObjectType({ description: 'The result of revoke API key: the changed record, or the userErrors that rejected the input.' })
export class RevokeApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoke API key\'s API key; null when there is none.' })
  apiKey?: ApiKey;
}

@ObjectType({ description: 'Who the presented API key is.' })
export class Viewer {
  @Field(() => ID, { nullable: true, description: 'Id of the key; null when there is none.' })
  keyId: string | null;

  @Field({ description: 'Name of the viewer.' })
  name: string;

  @Field(() => Role, { description: 'The viewer\'s role.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Id of the partner; null when there is none.' })
  partnerId: string | null;

  @Field(() => [String], { description: 'The viewer\'s scopes.' })
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
  @Query(() => [ApiKey], { description: 'The API keys visible to the key, oldest first. A bounded list, not paged: keys are minted by administrators, a few per integration (revoked keys included).' })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates API key.' })
  createApiKey(@Arg('input', { description: 'The input: see `CreateApiKeyInput`.' }) input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreateApiKeyPayload> {
    return runMutation(ctx, async () => {
      const { key, secret } = await this.keys.mint(ctx, input);
      return { apiKey: key, secret };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes API key.' })
  revokeApiKey(@Arg('input', { description: 'The input: see `RevokeApiKeyInput`.' }) input: RevokeApiKeyInput, @Ctx() ctx: RequestContext): Promise<RevokeApiKeyPayload> {
    return runMutation(ctx, async () => ({ apiKey: await this.keys.revoke(ctx, input.id) }));
  }
}
