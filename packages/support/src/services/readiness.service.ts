import { ForbiddenError, NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { ReadinessChangedPayload, SUPPORT_EVENTS, supportEvent } from '../events';
import { SupportChecklistEvidence } from '../entities/checklist-evidence.entity';
import { SupportReadinessItem } from '../entities/readiness-item.entity';
import { SupportEvidenceStatus, SupportReadinessItemKind } from '../enums';
import { DecideSupportChecklistEvidenceInput, RecordSupportChecklistEvidenceInput, RecordSupportReadinessItemInput } from '../inputs/readiness.input';
import { ChecklistItem, checklistItem, DATACENTER_CHECKLIST, missingChecklistItems } from '../rules/checklist.rules';
import { readiness } from '../rules/readiness.rules';

export interface ReadinessResult {
  partnerId: string;
  ready: boolean;
  missing: SupportReadinessItemKind[];
  items: SupportReadinessItem[];
}

export interface ChecklistItemResult extends ChecklistItem {
  accepted: SupportChecklistEvidence | null;
  evidence: SupportChecklistEvidence[];
}

export interface ChecklistResult {
  partnerId: string;
  passed: boolean;
  missing: string[];
  items: ChecklistItemResult[];
}

/** SUP-6 support readiness and SUP-8 datacenter support checklist. */
export class ReadinessService {
  /** SUP-6: ready when every requirement is recorded; otherwise the missing ones. */
  async readiness(ctx: RequestContext, partnerId: string): Promise<ReadinessResult> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    const items = await ctx.em.find(SupportReadinessItem, { where: { partnerId }, order: { item: 'ASC' } });
    return { partnerId, ...readiness(items.map((item) => item.item)), items };
  }

  /** SUP-6: the latest record of an item replaces the previous one (a new contact, for example). */
  async recordItem(ctx: RequestContext, input: RecordSupportReadinessItemInput): Promise<SupportReadinessItem> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    const row = (await ctx.em.findOne(SupportReadinessItem, { where: { partnerId: input.partnerId, item: input.item } })) ?? new SupportReadinessItem();
    Object.assign(row, {
      partnerId: input.partnerId,
      item: input.item,
      personName: input.personName,
      email: input.email ?? null,
      details: input.details ?? null,
      recordedBy: ctx.actor.name,
      recordedAt: ctx.now(),
    });
    const saved = await ctx.em.save(row);
    const { ready, missing } = await this.readiness(ctx, input.partnerId);
    const payload: ReadinessChangedPayload = { partnerId: input.partnerId, ready, missing: [...missing] };
    await ctx.publish(supportEvent(SUPPORT_EVENTS.READINESS_CHANGED, ctx.now(), payload, input.partnerId));
    return saved;
  }

  /** SUP-8: each item with its evidence; passes when every item has accepted evidence. */
  async checklist(ctx: RequestContext, partnerId: string): Promise<ChecklistResult> {
    ctx.assertCanSeePartner(partnerId, 'Partner', partnerId);
    const evidence = await ctx.em.find(SupportChecklistEvidence, { where: { partnerId }, order: { submittedAt: 'ASC', id: 'ASC' } });
    const items = DATACENTER_CHECKLIST.map((item) => {
      const mine = evidence.filter((e) => e.itemId === item.itemId);
      return { ...item, evidence: mine, accepted: mine.find((e) => e.status === SupportEvidenceStatus.ACCEPTED) ?? null };
    });
    const missing = missingChecklistItems(items.filter((item) => item.accepted).map((item) => item.itemId));
    return { partnerId, passed: missing.length === 0, missing, items };
  }

  async recordEvidence(ctx: RequestContext, input: RecordSupportChecklistEvidenceInput): Promise<SupportChecklistEvidence> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    if (!checklistItem(input.itemId)) {
      throw new UserError(
        'SUPPORT_CHECKLIST_ITEM_UNKNOWN',
        `SUP-8: no checklist item ${input.itemId}; items are ${DATACENTER_CHECKLIST.map((i) => i.itemId).join(', ')}`,
        'itemId',
      );
    }
    return ctx.em.save(
      Object.assign(new SupportChecklistEvidence(), {
        partnerId: input.partnerId,
        itemId: input.itemId,
        description: input.description,
        documentUrl: input.documentUrl ?? null,
        submittedBy: ctx.actor.name,
        submittedAt: ctx.now(),
        status: SupportEvidenceStatus.SUBMITTED,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      }),
    );
  }

  /** SUP-8: the vendor accepts or rejects evidence, recording who and when. */
  async decideEvidence(ctx: RequestContext, input: DecideSupportChecklistEvidenceInput): Promise<SupportChecklistEvidence> {
    if (!ctx.isStaff) throw new ForbiddenError('only the vendor accepts checklist evidence');
    const evidence = await ctx.em.findOne(SupportChecklistEvidence, { where: { id: input.evidenceId } });
    if (!evidence) throw new NotFoundError('SupportChecklistEvidence', input.evidenceId);
    if (evidence.status !== SupportEvidenceStatus.SUBMITTED) {
      throw new UserError(
        'SUPPORT_EVIDENCE_ALREADY_DECIDED',
        `SUP-8: the evidence was ${evidence.status.toLowerCase()} by ${evidence.decidedBy}`,
        'evidenceId',
      );
    }
    evidence.status = input.accept ? SupportEvidenceStatus.ACCEPTED : SupportEvidenceStatus.REJECTED;
    evidence.decidedBy = ctx.actor.name;
    evidence.decidedAt = ctx.now();
    evidence.decisionNote = input.note ?? null;
    return ctx.em.save(evidence);
  }
}
