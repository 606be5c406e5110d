import { ConnectionResult, paginate, RequestContext, whereVisiblePartner } from '@alliance/kernel';
import { PartnerChangeNotice } from '../entities/partner-change-notice.entity';
import { FileChangeNoticeInput } from '../inputs/change-notice.input';
import { changeNoticeDeadline, isChangeNoticeLate } from '../rules/change-notice.rules';
import { CHANGE_NOTICE_FILED, releasesEvent } from '../events';

export class ChangeNoticeService {
  /** REL-7: a partner tells the vendor of a change, update or patch; under 14 days ahead it is accepted and marked late. */
  async file(ctx: RequestContext, input: FileChangeNoticeInput): Promise<PartnerChangeNotice> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    const em = ctx.em;
    const now = ctx.now();
    const notice = await em.save(
      em.create(PartnerChangeNotice, {
        partnerId: input.partnerId,
        changeKind: input.changeKind,
        softwareName: input.softwareName.trim(),
        softwareVersion: input.softwareVersion?.trim() || null,
        description: input.description.trim(),
        plannedReleaseAt: input.plannedReleaseAt,
        noticeDeadline: changeNoticeDeadline(input.plannedReleaseAt),
        filedAt: now,
        late: isChangeNoticeLate(now, input.plannedReleaseAt),
      }),
    );
    await ctx.publish(
      releasesEvent(
        CHANGE_NOTICE_FILED,
        now,
        {
          noticeId: notice.id,
          partnerId: notice.partnerId,
          changeKind: notice.changeKind,
          softwareName: notice.softwareName,
          plannedReleaseAt: notice.plannedReleaseAt.toISOString(),
          late: notice.late,
        },
        notice.partnerId,
      ),
    );
    return notice;
  }

  /** Change notices, newest last; a PARTNER key sees only its own. */
  list(ctx: RequestContext, partnerId: string | null, args: { first?: number | null; after?: string | null }): Promise<ConnectionResult<PartnerChangeNotice>> {
    const query = ctx.em.createQueryBuilder(PartnerChangeNotice, 'notice');
    if (partnerId) query.andWhere('notice.partnerId = :partnerId', { partnerId });
    whereVisiblePartner(query, ctx, 'notice.partnerId');
    return paginate(query, args);
  }
}
