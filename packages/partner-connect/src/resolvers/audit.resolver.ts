import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext, runMutation } from '@alliance/kernel';
import { Audit, AuditRequirementResult } from '../entities';
import { CloseAuditInput, RecordAuditRequirementInput, StartAuditInput } from '../inputs/audit.input';
import { AuditPayload } from '../types/payloads';
import type { PartnerConnectServices } from '../types/services';
import { PROGRAM_STAFF, PROGRESSION_READERS } from './roles';

@Resolver(() => Audit)
export class AuditResolver {
  constructor(private readonly services: PartnerConnectServices) {}

  @Authorized(...PROGRESSION_READERS)
  @Query(() => Audit, { description: 'PC-10: an annual audit with its requirement results and remediation windows.' })
  async audit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `Audit` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<Audit> {
    const audit = await this.services.audits.get(ctx, id);
    await this.services.access.assertCanSeeProgression(ctx, audit.partnerId, 'Audit', id);
    return audit;
  }

  @FieldResolver(() => [AuditRequirementResult], { description: 'Each foundational requirement and whether it is met (PC-10).' })
  requirements(@Root() audit: Audit): AuditRequirementResult[] {
    return this.services.audits.requirementResults(audit);
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => AuditPayload, { description: 'PC-10: open the annual audit of a partner.' })
  startAudit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The input: see `StartAuditInput`.' }) input: StartAuditInput): Promise<AuditPayload> {
    return runMutation(ctx, async () => ({ audit: await this.services.audits.start(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => AuditPayload, { description: 'PC-10: record a requirement result; completing them in a remediation window reinstates.' })
  recordAuditRequirement(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordAuditRequirementInput`.' }) input: RecordAuditRequirementInput,
  ): Promise<AuditPayload> {
    return runMutation(ctx, async () => ({ audit: await this.services.audits.recordRequirement(ctx, input) }));
  }

  @Authorized(...PROGRAM_STAFF)
  @Mutation(() => AuditPayload, { description: 'PC-10: close the audit: passed, or re-leveled to Community with a 90-day window.' })
  closeAudit(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The input: see `CloseAuditInput`.' }) input: CloseAuditInput): Promise<AuditPayload> {
    return runMutation(ctx, async () => ({ audit: await this.services.audits.close(ctx, input) }));
  }
}
