import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext, runMutation } from '@alliance/kernel';
import { RecordCredentialInput, RevokeCredentialInput } from '../inputs/credential.input';
import { CredentialPayload } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRAM_STAFF } from './roles';

@Resolver()
export class CredentialResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => CredentialPayload, { description: 'PC-13: record a competency, accreditation or specialization; capability points while valid.' })
  recordCredential(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordCredentialInput`.' }) input: RecordCredentialInput,
  ): Promise<CredentialPayload> {
    return runMutation(ctx, async () => ({ credential: await this.services.credentials.record(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => CredentialPayload, { description: 'PC-13: revoke a credential; its points stop from now.' })
  revokeCredential(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RevokeCredentialInput`.' }) input: RevokeCredentialInput,
  ): Promise<CredentialPayload> {
    return runMutation(ctx, async () => ({ credential: await this.services.credentials.revoke(ctx, input) }));
  }
}
