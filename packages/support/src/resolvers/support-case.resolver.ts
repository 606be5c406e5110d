import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, ConnectionResult, MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { SupportCase } from '../entities/support-case.entity';
import { SupportCaseEscalation } from '../entities/case-escalation.entity';
import {
  EscalateSupportCaseInput,
  OpenCollaborativeCaseInput,
  OpenSupportCaseInput,
  RaiseSupportSeverityInput,
  RecordFirstResponseInput,
  ResolveSupportCaseInput,
  SupportCaseFilter,
} from '../inputs/support-case.input';
import { breachInstant } from '../rules/severity.rules';
import { SupportCaseService } from '../services/support-case.service';

export const SUPPORT_SCOPE = 'support:read';
const SUPPORT_STAFF = [Role.ADMIN, Role.SUPPORT_ENGINEER];

@ObjectType({ description: 'A page of support case items, in creation order.' })
export class SupportCaseConnection extends Connection(SupportCase) {}

@ObjectType('SupportSoftwareVolume', { description: 'SUP-5: cases of one partner software in a period.' })
export class SupportSoftwareVolume {
  @Field(() => ID, { nullable: true, description: 'Null for collaborative cases not tied to a software.' })
  softwareId: string | null;

  @Field(() => Int, { description: 'Cases of the software opened in [from, to) (SUP-5).' })
  opened: number;

  @Field(() => Int, { description: 'Cases of the software resolved in [from, to) (SUP-5).' })
  resolved: number;

  @Field(() => Int, { description: 'Still open at `to`.' })
  openAtEnd: number;
}

@ObjectType({
  description:
    'The result of `openCollaborativeCase`, `openSupportCase`, `raiseSeverity`, `recordFirstResponse` or `resolveCase`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class OpenSupportCasePayload extends MutationPayload {
  @Field(() => SupportCase, { nullable: true, description: 'The SupportCase as the mutation left it; null when userErrors rejected the input.' })
  supportCase?: SupportCase | null;
}

@ObjectType({
  description: 'The result of `escalateCase`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class EscalateCasePayload extends MutationPayload {
  @Field(() => SupportCaseEscalation, {
    nullable: true,
    description: 'The SupportCaseEscalation as `escalateCase` left it; null when userErrors rejected the input.',
  })
  escalation?: SupportCaseEscalation | null;

  @Field(() => SupportCase, { nullable: true, description: 'The SupportCase as `escalateCase` left it; null when userErrors rejected the input.' })
  supportCase?: SupportCase | null;
}

@Resolver(() => SupportCase)
export class SupportCaseResolver {
  constructor(private readonly cases: SupportCaseService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportCase, { description: "A case; another partner's case is NOT_FOUND for a PARTNER key." })
  supportCase(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'Id of the `SupportCase` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
  ): Promise<SupportCase> {
    return this.cases.get(ctx, id);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportCaseConnection, { description: 'Pages through support case items visible to the key, in creation order.' })
  supportCases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SupportCaseFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: SupportCaseFilter | null,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionResult<SupportCase>> {
    return this.cases.list(ctx, filter ?? {}, args);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => [SupportSoftwareVolume], {
    description:
      'SUP-5: open and resolved cases per software in [from, to). A bounded list, not paged: one row per software with cases in the window, aggregated in the database.',
  })
  supportVolume(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose case volume to return, per software (SUP-5).' }) partnerId: string,
    @Arg('from', { description: 'Start of the period, inclusive (UTC).' }) from: Date,
    @Arg('to', { description: 'End of the period, exclusive (UTC).' }) to: Date,
  ): Promise<SupportSoftwareVolume[]> {
    return this.cases.volume(ctx, partnerId, from, to);
  }

  @Authorized(...SUPPORT_STAFF)
  @Mutation(() => OpenSupportCasePayload, { description: 'SUP-4: vendor support records a customer report about listed partner software.' })
  openSupportCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `OpenSupportCaseInput`.' }) input: OpenSupportCaseInput,
  ): Promise<OpenSupportCasePayload> {
    return runMutation(ctx, async () => ({ supportCase: await this.cases.openCustomerReport(ctx, input) }));
  }

  @Authorized(...SUPPORT_STAFF, Role.PARTNER)
  @Mutation(() => OpenSupportCasePayload, { description: 'SUP-3: a collaborative case between vendor and partner.' })
  openCollaborativeCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `OpenCollaborativeCaseInput`.' }) input: OpenCollaborativeCaseInput,
  ): Promise<OpenSupportCasePayload> {
    return runMutation(ctx, async () => ({ supportCase: await this.cases.openCollaborative(ctx, input) }));
  }

  @Authorized(...SUPPORT_STAFF, Role.PARTNER)
  @Mutation(() => OpenSupportCasePayload, { description: 'SUP-2: the first contact; stops the response clock.' })
  recordFirstResponse(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordFirstResponseInput`.' }) input: RecordFirstResponseInput,
  ): Promise<OpenSupportCasePayload> {
    return runMutation(ctx, async () => ({ supportCase: await this.cases.recordFirstResponse(ctx, input) }));
  }

  @Authorized(...SUPPORT_STAFF, Role.PARTNER)
  @Mutation(() => OpenSupportCasePayload, { description: 'SUP-2: the customer raises the severity; recorded with who and why.' })
  raiseSeverity(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RaiseSupportSeverityInput`.' }) input: RaiseSupportSeverityInput,
  ): Promise<OpenSupportCasePayload> {
    return runMutation(ctx, async () => ({ supportCase: await this.cases.raiseSeverity(ctx, input) }));
  }

  @Authorized(...SUPPORT_STAFF)
  @Mutation(() => EscalateCasePayload, { description: 'SUP-2: internal (up to development) or management escalation.' })
  escalateCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `EscalateSupportCaseInput`.' }) input: EscalateSupportCaseInput,
  ): Promise<EscalateCasePayload> {
    return runMutation(ctx, async () => {
      const escalation = await this.cases.escalate(ctx, input);
      return { escalation, supportCase: await this.cases.get(ctx, input.caseId) };
    });
  }

  @Authorized(...SUPPORT_STAFF, Role.PARTNER)
  @Mutation(() => OpenSupportCasePayload, { description: 'Resolves a support case with its resolution; the case is RESOLVED.' })
  resolveCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `ResolveSupportCaseInput`.' }) input: ResolveSupportCaseInput,
  ): Promise<OpenSupportCasePayload> {
    return runMutation(ctx, async () => ({ supportCase: await this.cases.resolve(ctx, input) }));
  }

  @FieldResolver(() => Boolean, { description: 'SUP-2: no first response and now past dueAt, or the first response came after dueAt.' })
  breached(@Root() supportCase: SupportCase, @Ctx() ctx: RequestContext): boolean {
    return this.cases.breached(ctx, supportCase);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'SUP-2: dueAt + 1 ms, when breached.' })
  breachedAt(@Root() supportCase: SupportCase, @Ctx() ctx: RequestContext): Date | null {
    return this.cases.breached(ctx, supportCase) ? breachInstant(supportCase.dueAt!) : null;
  }

  @FieldResolver(() => [SupportCaseEscalation], { description: 'Severity raises and escalations, oldest first.' })
  escalations(@Root() supportCase: SupportCase, @Ctx() ctx: RequestContext): Promise<SupportCaseEscalation[]> {
    return this.cases.escalationsOf(ctx, supportCase.id);
  }
}
