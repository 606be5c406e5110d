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
  @Field(() => ID)
  partnerId: string;

  @Field()
  ready: boolean;

  @Field(() => [SupportReadinessItemKind])
  missing: SupportReadinessItemKind[];

  @Field(() => [SupportReadinessItem])
  items: SupportReadinessItem[];
}

@ObjectType('SupportChecklistItemStatus', { description: 'SUP-8: one checklist item and its evidence.' })
export class SupportChecklistItemStatus {
  @Field()
  itemId: string;

  @Field()
  section: string;

  @Field()
  requirement: string;

  @Field()
  toPass: string;

  @Field(() => SupportChecklistEvidence, { nullable: true, description: 'The accepted evidence (who accepted it, when).' })
  accepted: SupportChecklistEvidence | null;

  @Field(() => [SupportChecklistEvidence])
  evidence: SupportChecklistEvidence[];
}

@ObjectType('SupportChecklist', { description: 'SUP-8: the datacenter support checklist: pass, or the items without accepted evidence.' })
export class SupportChecklist {
  @Field(() => ID)
  partnerId: string;

  @Field()
  passed: boolean;

  @Field(() => [String])
  missing: string[];

  @Field(() => [SupportChecklistItemStatus])
  items: SupportChecklistItemStatus[];
}

@ObjectType()
export class RecordReadinessItemPayload extends MutationPayload {
  @Field(() => SupportReadinessItem, { nullable: true })
  item?: SupportReadinessItem | null;

  @Field(() => SupportReadiness, { nullable: true })
  readiness?: SupportReadiness | null;
}

@ObjectType()
export class ChecklistEvidencePayload extends MutationPayload {
  @Field(() => SupportChecklistEvidence, { nullable: true })
  evidence?: SupportChecklistEvidence | null;
}

@Resolver()
export class ReadinessResolver {
  constructor(private readonly readiness: ReadinessService) {}

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportReadiness)
  supportReadiness(@Ctx() ctx: RequestContext, @Arg('partnerId', () => ID) partnerId: string): Promise<SupportReadiness> {
    return this.readiness.readiness(ctx, partnerId);
  }

  @Authorized(...readers(SUPPORT_SCOPE))
  @Query(() => SupportChecklist)
  supportChecklist(@Ctx() ctx: RequestContext, @Arg('partnerId', () => ID) partnerId: string): Promise<SupportChecklist> {
    return this.readiness.checklist(ctx, partnerId);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => RecordReadinessItemPayload, { description: 'SUP-6: record a support contact or certified professional.' })
  recordReadinessItem(@Ctx() ctx: RequestContext, @Arg('input') input: RecordSupportReadinessItemInput): Promise<RecordReadinessItemPayload> {
    return runMutation(ctx, async () => {
      const item = await this.readiness.recordItem(ctx, input);
      return { item, readiness: await this.readiness.readiness(ctx, input.partnerId) };
    });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER, Role.SUPPORT_ENGINEER, Role.PARTNER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: submit evidence for a checklist item.' })
  recordChecklistEvidence(@Ctx() ctx: RequestContext, @Arg('input') input: RecordSupportChecklistEvidenceInput): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.recordEvidence(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.SUPPORT_ENGINEER, Role.CERTIFICATION_REVIEWER)
  @Mutation(() => ChecklistEvidencePayload, { description: 'SUP-8: the vendor accepts or rejects evidence.' })
  decideChecklistEvidence(@Ctx() ctx: RequestContext, @Arg('input') input: DecideSupportChecklistEvidenceInput): Promise<ChecklistEvidencePayload> {
    return runMutation(ctx, async () => ({ evidence: await this.readiness.decideEvidence(ctx, input) }));
  }
}
