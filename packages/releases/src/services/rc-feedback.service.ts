import { ConnectionResult, loadByParent, NotFoundError, paginate, RequestContext, UserError, whereVisiblePartner } from '@alliance/kernel';
import { Milestone } from '../enums';
import { RcFeedback, RcFeedbackItem } from '../entities/rc-feedback.entity';
import { RcInstall } from '../entities/rc-install.entity';
import { RecordRcInstallInput, SubmitRcFeedbackInput } from '../inputs/rc-feedback.input';
import { consideredForRelease, isRcFeedbackLate, needsBusinessJustification, rcFeedbackDueAt } from '../rules/rc-feedback.rules';
import { MembershipLookup } from './membership';
import { ReleaseService } from './release.service';

export class RcFeedbackService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly membership: MembershipLookup,
  ) {}

  /**
   * REL-3: a partner installed the RC build of a release. Feedback is then due within 21 days
   * of the RC build's availability. Recording the same install again returns the first record.
   */
  async recordInstall(ctx: RequestContext, input: RecordRcInstallInput): Promise<RcInstall> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    return ctx.transaction(async (em) => {
      const release = await this.releases.getRelease(ctx, input.releaseId);
      const now = ctx.now();
      const installedAt = input.installedAt ?? now;
      if (installedAt.getTime() > now.getTime()) {
        throw new UserError('INSTALLED_IN_FUTURE', 'installedAt may not be in the future', 'input.installedAt');
      }
      const rc = (await this.releases.milestonesOf(ctx, release.id)).find((row) => row.milestone === Milestone.RC);
      if (!rc || rc.availableAt.getTime() > installedAt.getTime()) {
        throw new UserError('RELEASE_NOT_AT_RC', `release ${release.version} had no RC build available at ${installedAt.toISOString()}`, 'input.releaseId');
      }
      const product = await this.releases.getProduct(ctx, release.productId);
      if (!(await this.membership.isMemberOfAny(ctx, input.partnerId, product.programIds, installedAt))) {
        throw new UserError('NOT_A_MEMBER', `the partner is not an active member of a program tied to ${product.name}`, 'input.partnerId');
      }
      await ctx.db.lock(em, `releases:rc-install:${release.id}:${input.partnerId}`);
      const existing = await em.findOne(RcInstall, { where: { releaseId: release.id, partnerId: input.partnerId } });
      if (existing) return existing;
      return em.save(
        em.create(RcInstall, {
          releaseId: release.id,
          partnerId: input.partnerId,
          installedAt,
          rcAvailableAt: rc.availableAt,
          feedbackDueAt: rcFeedbackDueAt(rc.availableAt),
          firstFeedbackAt: null,
          firstFeedbackLate: false,
          recordedAt: now,
        }),
      );
    });
  }

  /**
   * REL-3: feedback on an RC build. On time up to and including the due instant; after it,
   * recorded and marked late. Catastrophic and certification-blocking items need a business
   * justification; release-blocking ones are considered as they are; OTHER is recorded only.
   */
  async submitFeedback(ctx: RequestContext, input: SubmitRcFeedbackInput): Promise<RcFeedback> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    const items: RcFeedbackItem[] = input.items.map((item, index) => {
      const justification = item.businessJustification?.trim() || null;
      if (needsBusinessJustification(item.classification) && !justification) {
        throw new UserError(
          'BUSINESS_JUSTIFICATION_REQUIRED',
          `a ${item.classification} item is considered for the release only with a business justification`,
          `input.items.${index}.businessJustification`,
        );
      }
      const out = new RcFeedbackItem();
      out.classification = item.classification;
      out.description = item.description.trim();
      out.businessJustification = justification;
      out.consideredForRelease = consideredForRelease(item.classification, justification);
      return out;
    });
    return ctx.transaction(async (em) => {
      const release = await this.releases.getRelease(ctx, input.releaseId);
      await ctx.db.lock(em, `releases:rc-install:${release.id}:${input.partnerId}`);
      const install = await em.findOne(RcInstall, { where: { releaseId: release.id, partnerId: input.partnerId } });
      if (!install) {
        throw new UserError('RC_INSTALL_NOT_RECORDED', `the partner has not recorded an install of the RC build of ${release.version}`, 'input.releaseId');
      }
      const now = ctx.now();
      const late = isRcFeedbackLate(now, install.feedbackDueAt);
      const feedback = await em.save(
        em.create(RcFeedback, {
          installId: install.id,
          releaseId: release.id,
          partnerId: input.partnerId,
          submittedAt: now,
          late,
          summary: input.summary.trim(),
          items,
        }),
      );
      if (!install.firstFeedbackAt) {
        install.firstFeedbackAt = now;
        install.firstFeedbackLate = late;
        await em.save(install);
      }
      return feedback;
    });
  }

  /**
   * REL-3: per RC install, who owes feedback and by when, and who is late. A PARTNER key sees
   * only its own row.
   */
  async status(ctx: RequestContext, releaseId: string, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<RcInstall>> {
    const release = await this.releases.getRelease(ctx, releaseId);
    const query = ctx.em.createQueryBuilder(RcInstall, 'install').where('install.releaseId = :releaseId', { releaseId: release.id });
    whereVisiblePartner(query, ctx, 'install.partnerId');
    return paginate(query, args);
  }

  feedbackOf(ctx: RequestContext, installId: string): Promise<RcFeedback[]> {
    return loadByParent(ctx, RcFeedback, 'installId', { order: { submittedAt: 'ASC' } }).load(installId);
  }

  async getInstall(ctx: RequestContext, id: string): Promise<RcInstall> {
    const install = await ctx.em.findOne(RcInstall, { where: { id } });
    if (!install) throw new NotFoundError('RcInstall', id);
    ctx.assertCanSeePartner(install.partnerId, 'RcInstall', id);
    return install;
  }
}
