import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { BuildAccessRequest } from '../entities/build-access-request.entity';
import { PreReleaseMaterial } from '../entities/pre-release-material.entity';
import { AddPreReleaseMaterialInput, BuildAccessRequestFilter, DecideBuildAccessInput, RequestBuildAccessInput } from '../inputs/pre-release.input';
import { PreReleaseService } from '../services/pre-release.service';
import { RELEASES_READ } from './product.resolver';

@ObjectType('PreReleaseMaterialConnection', { description: 'A page of pre release material items, in creation order.' })
export class PreReleaseMaterialConnection extends Connection(PreReleaseMaterial) {}

@ObjectType('BuildAccessRequestConnection', { description: 'A page of build access request items, in creation order.' })
export class BuildAccessRequestConnection extends Connection(BuildAccessRequest) {}

@ObjectType('AddPreReleaseMaterialPayload', {
  description:
    'The result of `addPreReleaseMaterial`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AddPreReleaseMaterialPayload extends MutationPayload {
  @Field(() => PreReleaseMaterial, {
    nullable: true,
    description: 'The PreReleaseMaterial as `addPreReleaseMaterial` left it; null when userErrors rejected the input.',
  })
  material?: PreReleaseMaterial | null;
}

@ObjectType('RequestBuildAccessPayload', {
  description: 'The result of `requestBuildAccess`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RequestBuildAccessPayload extends MutationPayload {
  @Field(() => BuildAccessRequest, {
    nullable: true,
    description: 'The BuildAccessRequest as `requestBuildAccess` left it; null when userErrors rejected the input.',
  })
  request?: BuildAccessRequest | null;
}

@ObjectType('DecideBuildAccessPayload', {
  description: 'The result of `decideBuildAccess`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class DecideBuildAccessPayload extends MutationPayload {
  @Field(() => BuildAccessRequest, {
    nullable: true,
    description: 'The BuildAccessRequest as `decideBuildAccess` left it; null when userErrors rejected the input.',
  })
  request?: BuildAccessRequest | null;
}

@Resolver(() => BuildAccessRequest)
export class PreReleaseResolver {
  constructor(private readonly service: PreReleaseService) {}

  @Authorized(...readers(RELEASES_READ))
  @Query(() => PreReleaseMaterialConnection, {
    description: 'REL-8: pre-release materials and development kits of a program. A partner key sees them only while an active member.',
  })
  preReleaseMaterials(
    @Ctx() ctx: RequestContext,
    @Arg('programId', () => ID, { description: 'Id of the `Program` whose pre-release materials and development kits to return (REL-8).' }) programId: string,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<PreReleaseMaterial>> {
    return this.service.materials(ctx, programId, args);
  }

  @Authorized(...readers(RELEASES_READ))
  @Query(() => BuildAccessRequestConnection, { description: 'REL-8: requests for unofficial-milestone builds. A partner key sees only its own.' })
  buildAccessRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BuildAccessRequestFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: BuildAccessRequestFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<BuildAccessRequest>> {
    return this.service.list(ctx, filter, args);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => AddPreReleaseMaterialPayload, { description: 'REL-8: grants a pre-release material of a product to a program.' })
  addPreReleaseMaterial(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `AddPreReleaseMaterialInput`.' }) input: AddPreReleaseMaterialInput,
  ): Promise<AddPreReleaseMaterialPayload> {
    return runMutation(ctx, async () => ({ material: await this.service.addMaterial(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.PARTNER)
  @Mutation(() => RequestBuildAccessPayload, { description: 'REL-8: asks for a build at an unofficial milestone, with a justification.' })
  requestBuildAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RequestBuildAccessInput`.' }) input: RequestBuildAccessInput,
  ): Promise<RequestBuildAccessPayload> {
    return runMutation(ctx, async () => ({ request: await this.service.request(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => DecideBuildAccessPayload, { description: 'REL-8: a program manager approves (delivering a beta-type build) or refuses a request.' })
  decideBuildAccess(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideBuildAccessInput`.' }) input: DecideBuildAccessInput,
  ): Promise<DecideBuildAccessPayload> {
    return runMutation(ctx, async () => ({ request: await this.service.decide(ctx, input) }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the delivered build, while access is approved.' })
  downloadUrl(@Root() request: BuildAccessRequest): string | null {
    return this.service.downloadUrlFor(request);
  }
}
