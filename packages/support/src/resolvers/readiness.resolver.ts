import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { SupportChecklistEvidence } from '../entities/checklist-evidence.entity';
import { SupportReadinessItem } from '../entities/readiness-item.entity';
import { SupportReadinessItemKind } from '../enums';
import { DecideSupportChecklistEvidenceInput, RecordSupportChecklistEvidenceInput, RecordSupportReadinessItemInput } from '../inputs/readiness.input';
import { ReadinessService } from '../services/readiness.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType('SupportReadiness', { description: 'SUP-6: ready, or the requirements still missing.' })
export class SupportReadiness {
  @Field(() => ID, { description: 'Id of the `Partner` this `SupportReadiness` belongs to (resolved by `partner`).' })
  partnerId: string;

  @Field({ description: 'Whether every SUP-6 requirement is met; listings need it to be published (CERT-6).' })
  ready: boolean;

  @Field(() => [SupportReadinessItemKind], { description: 'The SUP-6 requirements not met yet; empty when ready.' })
  missing: SupportReadinessItemKind[];

  @Field(() => [SupportReadinessItem], { description: 'The readiness requirements met so far; the latest record per item counts (SUP-6).' })
  items: SupportReadinessItem[];
}

@ObjectType('SupportChecklistItemStatus', { description: 'SUP-8: one checklist item and its evidence.' })
export class SupportChecklistItemStatus {
  @Field(() => ID, { description: 'Stable id of the checklist item; `recordChecklistEvidence` takes it.' })
  itemId: string;

  @Field({ description: 'The checklist section the item is in (004 sections 1-5).' })
  section: string;

  @Field({ description: "What the item requires, in the checklist's words (004)." })
  requirement: string;

  @Field({ description: 'What evidence makes the item pass.' })
  toPass: string;

  @Field(() => SupportChecklistEvidence, { nullable: true, description: 'The accepted evidence (who accepted it, when).' })
  accepted: SupportChecklistEvidence | null;

  @Field(() => [SupportChecklistEvidence], { description: 'The evidence submitted for the item, accepted, rejected or awaiting a decision.' })
  evidence: SupportChecklistEvidence[];
}

@ObjectType('SupportChecklist', { description: 'SUP-8: the datacenter support checklist: pass, or the items without accepted evidence.' })
export class SupportChecklist {
  @Field(() => ID, { description: 'Id of the `Partner` this `SupportChecklist` belongs to (resolved by `partner`).' })
  partnerId: string;

  @Field({ description: 'Whether every checklist item has accepted evidence: the support organisation passes (SUP-8).' })
  passed: boolean;

  @Field(() => [String], { description: 'The items without accepted evidence; empty when the organisation passes (SUP-8).' })
  missing: string[];

  @Field(() => [SupportChecklistItemStatus], { description: 'Every checklist item with its evidence (SUP-8).' })
  items: SupportChecklistItemStatus[];
}

@ObjectType({
  description: 'The result of `recordReadinessItem`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordReadinessItemPayload extends MutationPayload {
  @Field(() => SupportReadinessItem, {
    nullable: true,
    description: 'The SupportReadinessItem as `recordReadinessItem` left it; null when userErrors rejected the input.',
  })
  item?: SupportReadinessItem | null;

  @Field(() => SupportReadiness, {
    nullable: true,
    description: 'The SupportReadiness as `recordReadinessItem` left it; null when userErrors rejected the input.',
  })
  readiness?: SupportReadiness | null;
}

@ObjectType({
  description:
    'The result of `decideChecklistEvidence` or `recordChecklistEvidence`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ChecklistEvidencePayload extends MutationPayload {
  @Field(() => SupportChecklistEvidence, {
    nullable: true,
    description: 'The SupportChecklistEvidence as the mutation left it; null when userErrors rejected the input.',
  })
  evidence?: SupportChecklistEvidence | null;
}

@Resolver()
export class ReadinessResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportReadiness, { description: "SUP-6: whether a partner's support organisation is ready, or which requirements are still missing." })
  supportReadiness(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose support readiness to return (SUP-6).' }) partnerId: string,
  ): Promise<SupportReadiness> {
    return this.readiness.readiness(ctx, partnerId);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportChecklist, {
    description: "SUP-8: a partner's datacenter support certification checklist: each item with its evidence, and whether the organisation passes.",
  })
  supportChecklist(
    @Ctx() ctx: RequestContext,
    @Arg('partnerId', () => ID, { description: 'Id of the `Partner` whose support organisation is checked (SUP-8).' }) partnerId: string,
  ): Promise<SupportChecklist> {
    return this.readiness.checklist(ctx, partnerId);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => RecordReadinessItemPayload, { description: 'SUP-6: record a support contact or certified professional.' })
  recordReadinessItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordSupportReadinessItemInput`.' }) input: RecordSupportReadinessItemInput,
  ): Promise<RecordReadinessItemPayload> {
    return runMutation(ctx, async () => {
      const item = await this.readiness.recordItem(ctx, input);
      return { item, readiness: await this.readiness.readiness(ctx, input.partnerId) };
    });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: submit evidence for a checklist item.' })
  recordChecklistEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `RecordSupportChecklistEvidenceInput`.' }) input: RecordSupportChecklistEvidenceInput,
  ): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.recordEvidence(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.SUPPORT_ENGINEER, Role.CERTIFICATION_REVIEWER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: the vendor accepts or rejects evidence.' })
  decideChecklistEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The input: see `DecideSupportChecklistEvidenceInput`.' }) input: DecideSupportChecklistEvidenceInput,
  ): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.decideEvidence(ctx, input) }));
  }
}
