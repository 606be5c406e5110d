import type { RequestContext } from '@alliance/kernel';

/** What fees asks membership. */
export interface MembershipPort {
  partnerExists(ctx: RequestContext, partnerId: string): Promise<boolean>;
}

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

/** What fees asks support about TSANet groups. */
export interface TsanetDirectoryPort {
  /** The group at `at`, or null when there is no such group. */
  tsanetGroup(ctx: RequestContext, groupId: string, at: Date): Promise<TsanetGroupSnapshot | null>;
}

export interface FeesPorts {
  membership: MembershipPort;
  tsanetDirectory: TsanetDirectoryPort;
}
