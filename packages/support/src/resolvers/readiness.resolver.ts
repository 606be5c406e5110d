import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { MutationPayload, readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { SupportChecklistEvidence } from '../entities/checklist-evidence.entity';
import { SupportReadinessItem } from '../entities/readiness-item.entity';
import { SupportReadinessItemKind } from '../enums';
import {
  DecideSupportChecklistEvidenceInput,
  RecordSupportChecklistEvidenceInput,
  RecordSupportReadinessItemInput,
} from '../inputs/readiness.input';
import { ReadinessService } from '../services/readiness.service';
import { SUPPORT_SCOPE } from './support-case.resolver';

@ObjectType('SupportReadiness', { description: 'SUP-6: ready, or the requirements still missing.' })
export class SupportReadiness {
  @Field(() => ID, { description: 'Id of the partner.' })
  partnerId: string;

  @Field({ description: 'Whether ready applies.' })
  ready: boolean;

  @Field(() => [SupportReadinessItemKind], { description: 'The support readiness\'s missing.' })
  missing: SupportReadinessItemKind[];

  @Field(() => [SupportReadinessItem], { description: 'The support readiness\'s items.' })
  items: SupportReadinessItem[];
}

@ObjectType('SupportChecklistItemStatus', { description: 'SUP-8: one checklist item and its evidence.' })
export class SupportChecklistItemStatus {
  @Field(() => ID, { description: 'Id of the item.' })
  itemId: string;

  @Field({ description: 'The support checklist item status\'s section.' })
  section: string;

  @Field({ description: 'The support checklist item status\'s requirement.' })
  requirement: string;

  @Field({ description: 'The support checklist item status\'s to pass.' })
  toPass: string;

  @Field(() => SupportChecklistEvidence, { nullable: true, description: 'The accepted evidence (who accepted it, when).' })
  accepted: SupportChecklistEvidence | null;

  @Field(() => [SupportChecklistEvidence], { description: 'The support checklist item status\'s evidence.' })
  evidence: SupportChecklistEvidence[];
}

@ObjectType('SupportChecklist', { description: 'SUP-8: the datacenter support checklist: pass, or the items without accepted evidence.' })
export class SupportChecklist {
  @Field(() => ID, { description: 'Id of the partner.' })
  partnerId: string;

  @Field({ description: 'Whether passed applies.' })
  passed: boolean;

  @Field(() => [String], { description: 'The support checklist\'s missing.' })
  missing: string[];

  @Field(() => [SupportChecklistItemStatus], { description: 'The support checklist\'s items.' })
  items: SupportChecklistItemStatus[];
}

@ObjectType({ description: 'The result of record readiness item: the changed record, or the userErrors that rejected the input.' })
export class RecordReadinessItemPayload extends MutationPayload {
  @Field(() => SupportReadinessItem, { nullable: true, description: 'The record readiness item\'s item; null when there is none.' })
  item?: SupportReadinessItem | null;

  @Field(() => SupportReadiness, { nullable: true, description: 'The record readiness item\'s readiness; null when there is none.' })
  readiness?: SupportReadiness | null;
}

@ObjectType({ description: 'The result of checklist evidence: the changed record, or the userErrors that rejected the input.' })
export class ChecklistEvidencePayload extends MutationPayload {
  @Field(() => SupportChecklistEvidence, { nullable: true, description: 'The checklist evidence\'s evidence; null when there is none.' })
  evidence?: SupportChecklistEvidence | null;
}

@Resolver()
export class ReadinessResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportReadiness, { description: 'Support readiness.' })
  supportReadiness(@Ctx() ctx: RequestContext, @Arg('partnerId', () => ID, { description: 'Id of the partner.' }) partnerId: string): Promise<SupportReadiness> {
    return this.readiness.readiness(ctx, partnerId);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportChecklist, { description: 'Support checklist.' })
  supportChecklist(@Ctx() ctx: RequestContext, @Arg('partnerId', () => ID, { description: 'Id of the partner.' }) partnerId: string): Promise<SupportChecklist> {
    return this.readiness.checklist(ctx, partnerId);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => RecordReadinessItemPayload, { description: 'SUP-6: record a support contact or certified professional.' })
  recordReadinessItem(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The input: see `RecordSupportReadinessItemInput`.' }) input: RecordSupportReadinessItemInput): Promise<RecordReadinessItemPayload> {
    return runMutation(ctx, async () => {
      const item = await this.readiness.recordItem(ctx, input);
      return { item, readiness: await this.readiness.readiness(ctx, input.partnerId) };
    });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: submit evidence for a checklist item.' })
  recordChecklistEvidence(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The input: see `RecordSupportChecklistEvidenceInput`.' }) input: RecordSupportChecklistEvidenceInput): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.recordEvidence(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.SUPPORT_ENGINEER, Role.CERTIFICATION_REVIEWER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: the vendor accepts or rejects evidence.' })
  decideChecklistEvidence(@Ctx() ctx: RequestContext, @Arg('input', { description: 'The input: see `DecideSupportChecklistEvidenceInput`.' }) input: DecideSupportChecklistEvidenceInput): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.decideEvidence(ctx, input) }));
  }
}
