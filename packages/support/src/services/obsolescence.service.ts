import { ConnectionArgs, ConnectionResult, paginate, RequestContext, toDateOnly, UserError } from '@alliance/kernel';
import { SupportEndOfSupport } from '../entities/end-of-support.entity';
import { SetSupportEndOfSupportInput } from '../inputs/obsolescence.input';
import type { CertificationPort } from '../ports';
import { customerNoticeOn, isObsolete, versionLifecycles } from '../rules/obsolescence.rules';

export interface VersionObsolescence {
  softwareId: string;
  versionId: string;
  version: string;
  releaseKind: string;
  releasedOn: string;
  supersededByVersionId: string | null;
  supersededByVersion: string | null;
  earliestEndOfSupportOn: string | null;
  endOfSupportOn: string | null;
  customerNoticeOn: string | null;
  scheduled: boolean;
  obsolete: boolean;
}

/**
 * SUP-7: obsolescence. The schedule (`SupportEndOfSupport`) is public information: the list of
 * supported and obsolete products is meant for customers (004 §4.3), so every reader sees it.
 */
export class ObsolescenceService {
  constructor(private readonly certification: CertificationPort) {}

  /** Each version with its earliest allowed end, its scheduled end (if any) and notice date. */
  async forSoftware(ctx: RequestContext, softwareId: string): Promise<VersionObsolescence[]> {
    const versions = await this.certification.softwareVersions(ctx, softwareId);
    const scheduled = await ctx.em.find(SupportEndOfSupport, { where: { softwareId } });
    const today = toDateOnly(ctx.now());
    return versionLifecycles(versions).map(({ version, supersededBy, earliestEndOfSupportOn }) => {
      const row = scheduled.find((s) => s.versionId === version.versionId) ?? null;
      const endOfSupportOn = row?.endsOn ?? earliestEndOfSupportOn;
      return {
        softwareId,
        versionId: version.versionId,
        version: version.version,
        releaseKind: version.releaseKind,
        releasedOn: version.releasedOn,
        supersededByVersionId: supersededBy?.versionId ?? null,
        supersededByVersion: supersededBy?.version ?? null,
        earliestEndOfSupportOn,
        endOfSupportOn,
        customerNoticeOn: endOfSupportOn ? customerNoticeOn(endOfSupportOn) : null,
        scheduled: row !== null,
        obsolete: isObsolete(row?.endsOn ?? null, today),
      };
    });
  }

  /**
   * SUP-7: schedule the last day of support. Refused when earlier than 6 months after the next
   * major version's release, when no newer major exists, or when customers would get less than
   * 3 months of notice from today.
   */
  async setEndOfSupport(ctx: RequestContext, input: SetSupportEndOfSupportInput): Promise<SupportEndOfSupport> {
    const versions = await this.certification.softwareVersions(ctx, input.softwareId);
    const lifecycle = versionLifecycles(versions).find((l) => l.version.versionId === input.versionId);
    if (!lifecycle) throw new UserError('SUPPORT_VERSION_UNKNOWN', 'SUP-7: no such version of this software', 'versionId');
    if (!lifecycle.earliestEndOfSupportOn) {
      throw new UserError(
        'SUPPORT_END_NO_NEWER_MAJOR',
        `SUP-7: no major version newer than ${lifecycle.version.version} has been released; its support cannot end yet`,
        'endsOn',
      );
    }
    if (input.endsOn < lifecycle.earliestEndOfSupportOn) {
      throw new UserError(
        'SUPPORT_END_BEFORE_MINIMUM',
        `SUP-7: ${lifecycle.version.version} keeps full support for at least 6 months after ${lifecycle.supersededBy!.version} (released ${lifecycle.supersededBy!.releasedOn}): the end of support is ${lifecycle.earliestEndOfSupportOn} or later`,
        'endsOn',
      );
    }
    const noticeOn = customerNoticeOn(input.endsOn);
    const today = toDateOnly(ctx.now());
    if (noticeOn < today) {
      throw new UserError(
        'SUPPORT_END_NOTICE_TOO_SHORT',
        `SUP-7: customers get at least 3 months of notice: an end on ${input.endsOn} needed notice by ${noticeOn}`,
        'endsOn',
      );
    }
    const row =
      (await ctx.em.findOne(SupportEndOfSupport, { where: { softwareId: input.softwareId, versionId: input.versionId } })) ?? new SupportEndOfSupport();
    Object.assign(row, {
      partnerId: input.partnerId,
      softwareId: input.softwareId,
      versionId: input.versionId,
      version: lifecycle.version.version,
      endsOn: input.endsOn,
      customerNoticeOn: noticeOn,
      setBy: ctx.actor.name,
      setAt: ctx.now(),
    });
    return ctx.em.save(row);
  }

  /** SUP-7: versions whose scheduled support has ended (obsolete, unsupported). */
  obsoleteProducts(ctx: RequestContext, args: ConnectionArgs = {}): Promise<ConnectionResult<SupportEndOfSupport>> {
    const query = ctx.em
      .getRepository(SupportEndOfSupport)
      .createQueryBuilder('e')
      .where('e.endsOn < :today', { today: toDateOnly(ctx.now()) });
    return paginate(query, args);
  }
}
