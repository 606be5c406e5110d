import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, RequestContext, runMutation } from '@alliance/kernel';
import type { Maybe } from '@alliance/kernel';
import { Artifact, CertificationProgramPolicy, Software, SoftwareVersion } from '../entities';
import { CertificationChecklistKind } from '../enums';
import {
  RegisterArtifactInput,
  RegisterSoftwareInput,
  RegisterSoftwareVersionInput,
  SetProgramCertificationPolicyInput,
  SetSoftwareSupportPolicyInput,
  UpdateChecklistItemInput,
} from '../inputs/catalog.input';
import { CatalogService } from '../services/catalog.service';
import { CertificationChecklist } from '../services/views';
import {
  RegisterArtifactPayload,
  RegisterSoftwarePayload,
  RegisterSoftwareVersionPayload,
  SetProgramCertificationPolicyPayload,
  SetSoftwareSupportPolicyPayload,
  SoftwareVersionConnection,
  UpdateChecklistItemPayload,
} from './payloads';
import { CERTIFICATION_READERS, PARTNER_ACTORS, POLICY_OWNERS } from './roles';

@Resolver(() => Software)
export class SoftwareResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => Software, { description: 'Partner software by id (a partner sees only its own).' })
  software(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Software` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Software> {
    return this.catalog.software(ctx, id);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => SoftwareVersionConnection, { description: 'Versions of a partner software, in registration order.' })
  softwareVersions(
    @Ctx() ctx: RequestContext,
    @Arg('softwareId', () => ID, { description: 'Id of the `Software` whose versions to page through.' }) softwareId: string,
    @Args() args: ConnectionArgs,
  ): Promise<SoftwareVersionConnection> {
    return this.catalog.versions(ctx, softwareId, args);
  }

  @Authorized(...CERTIFICATION_READERS)
  @Query(() => CertificationProgramPolicy, { nullable: true, description: 'CERT-1: the acceptance level and certification settings of a program.' })
  certificationProgramPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('programId', () => ID, { description: 'Id of the `Program` whose certification policy to return.' }) programId: string,
  ): Promise<CertificationProgramPolicy | null> {
    return this.catalog.policy(ctx, programId);
  }

  @Authorized(...POLICY_OWNERS)
  @Mutation(() => SetProgramCertificationPolicyPayload, { description: 'CERT-1: set the one acceptance level of a program.' })
  setProgramCertificationPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SetProgramCertificationPolicyInput`.' }) input: SetProgramCertificationPolicyInput,
  ): Promise<SetProgramCertificationPolicyPayload> {
    return runMutation(ctx, async () => ({ policy: await this.catalog.setProgramPolicy(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RegisterSoftwarePayload, { description: 'Registers a partner software product, before its versions are registered and certified (CERT-13).' })
  registerSoftware(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RegisterSoftwareInput`.' }) input: RegisterSoftwareInput,
  ): Promise<RegisterSoftwarePayload> {
    return runMutation(ctx, async () => ({ software: await this.catalog.registerSoftware(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => SetSoftwareSupportPolicyPayload, { description: 'CERT-6: record the public support policy statement.' })
  setSoftwareSupportPolicy(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `SetSoftwareSupportPolicyInput`.' }) input: SetSoftwareSupportPolicyInput,
  ): Promise<SetSoftwareSupportPolicyPayload> {
    return runMutation(ctx, async () => ({ software: await this.catalog.setSupportPolicy(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RegisterSoftwareVersionPayload, { description: 'CERT-13: register a released version with a unique, dated release signature.' })
  registerSoftwareVersion(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RegisterSoftwareVersionInput`.' }) input: RegisterSoftwareVersionInput,
  ): Promise<RegisterSoftwareVersionPayload> {
    return runMutation(ctx, async () => ({ version: await this.catalog.registerVersion(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => RegisterArtifactPayload, { description: 'CERT-14: declare a released file with its MD5, SHA1 and size.' })
  registerArtifact(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RegisterArtifactInput`.' }) input: RegisterArtifactInput,
  ): Promise<RegisterArtifactPayload> {
    return runMutation(ctx, async () => ({ artifact: await this.catalog.registerArtifact(ctx, input) }));
  }

  @Authorized(...PARTNER_ACTORS)
  @Mutation(() => UpdateChecklistItemPayload, { description: 'CERT-15: mark one checklist item of a version.' })
  updateChecklistItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `UpdateChecklistItemInput`.' }) input: UpdateChecklistItemInput,
  ): Promise<UpdateChecklistItemPayload> {
    return runMutation(ctx, async () => ({ checklist: await this.catalog.updateChecklistItem(ctx, input) }));
  }
}

@Resolver(() => SoftwareVersion)
export class SoftwareVersionResolver {
  constructor(private readonly catalog: CatalogService) {}

  @FieldResolver(() => Software, { nullable: true, description: 'The software product this version releases; null when the key may not see it.' })
  software(@Ctx() ctx: RequestContext, @Root() version: SoftwareVersion): Maybe<Software | null> {
    return this.catalog.softwareById(ctx, version.softwareId);
  }

  @FieldResolver(() => [Artifact], { description: 'CERT-14 (the owning partner and staff only; empty for others).' })
  async artifacts(@Ctx() ctx: RequestContext, @Root() version: SoftwareVersion): Promise<Artifact[]> {
    if (!ctx.canSeePartner(version.partnerId)) return [];
    return this.catalog.artifactsOf(ctx, version.id);
  }

  @FieldResolver(() => CertificationChecklist, { nullable: true, description: 'CERT-15: download bundle documentation checklist (owner and staff).' })
  async downloadBundleChecklist(@Ctx() ctx: RequestContext, @Root() version: SoftwareVersion): Promise<CertificationChecklist | null> {
    if (!ctx.canSeePartner(version.partnerId)) return null;
    return this.catalog.checklist(ctx, version, CertificationChecklistKind.DOWNLOAD_BUNDLE);
  }

  @FieldResolver(() => CertificationChecklist, { nullable: true, description: 'CERT-15: transfer of information checklist (owner and staff).' })
  async toiChecklist(@Ctx() ctx: RequestContext, @Root() version: SoftwareVersion): Promise<CertificationChecklist | null> {
    if (!ctx.canSeePartner(version.partnerId)) return null;
    return this.catalog.checklist(ctx, version, CertificationChecklistKind.TOI);
  }
}
