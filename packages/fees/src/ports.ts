import type { RequestContext } from '@alliance/kernel';
import type { MembershipApi } from '@alliance/membership/contracts';

/** What fees asks membership. */
export type MembershipPort = Pick<MembershipApi, 'partnerExists'>;

/** A TSANet group as support knows it at an instant (FEE-5). */
export interface TsanetGroupSnapshot {
  groupId: string;
  hostPartnerId: string;
  /** `YYYY-MM-DD`: the first host invoice falls one year after it. */
  programStartDate: string;
  /** Limited members of the group at the instant. */
  limitedMemberIds: string[];
  /** Open Group members in a Custom relationship: not billed. */
  excludedOpenGroupMemberIds: string[];
}

/**
 * What fees asks support about TSANet groups. Declared here, in fees' own words: support
 * depends on fees, so fees names what it needs and support's API answers it.
 */
export interface TsanetDirectoryPort {
  /** The group at `at`, or null when there is no such group. */
  tsanetGroup(ctx: RequestContext, groupId: string, at: Date): Promise<TsanetGroupSnapshot | null>;
}

export interface FeesPorts {
  membership: MembershipPort;
  tsanetDirectory: TsanetDirectoryPort;
}
