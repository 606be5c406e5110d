import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { IsEntityId, MutationPayload, RequestContext, Role, runMutation } from '@alliance/kernel';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => Role)
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

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsEntityId()
  id: string;
}

@ObjectType()
export class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey;

  @Field(() => String, { nullable: true, description: 'The key itself. Shown once: only its hash is stored.' })
  secret?: string;
}

@ObjectType()
export class RevokeApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey;
}

@ObjectType({ description: 'Who the presented API key is.' })
export class Viewer {
  @Field(() => ID, { nullable: true })
  keyId: string | null;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => [String])
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
  @Query(() => [ApiKey])
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreateApiKeyPayload> {
    return runMutation(ctx, async () => {
      const { key, secret } = await this.keys.mint(ctx, input);
      return { apiKey: key, secret };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload)
  revokeApiKey(@Arg('input') input: RevokeApiKeyInput, @Ctx() ctx: RequestContext): Promise<RevokeApiKeyPayload> {
    return runMutation(ctx, async () => ({ apiKey: await this.keys.revoke(ctx, input.id) }));
  }
}
