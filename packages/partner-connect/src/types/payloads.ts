import { Field, Int, ObjectType } from 'type-graphql';
import { ProgressionAccessReason } from '../enums';
import { Audit, Booking, BusinessModel, Credential, InfluenceClaim, LifecycleClaim, ManagerAssignment, PointsEntry, ProgressionAccess } from '../entities';
import { Connection, MutationPayload } from '@alliance/kernel';

@ObjectType({ description: 'A page of points entry items, in creation order.' })
export class PointsEntryConnection extends Connection(PointsEntry) {}

@ObjectType({
  description: 'The result of `joinBusinessModel`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class JoinBusinessModelPayload extends MutationPayload {
  @Field(() => BusinessModel, { nullable: true, description: 'The BusinessModel as `joinBusinessModel` left it; null when userErrors rejected the input.' })
  businessModel?: BusinessModel;
}

@ObjectType({
  description: 'The result of `recordBookings`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordBookingsPayload extends MutationPayload {
  @Field(() => [Booking], { nullable: true, description: 'The bookings recorded by this call (duplicates are not repeated).' })
  bookings?: Booking[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many bookings were recorded now; bookings already recorded under their `bookingId` are not counted again.',
  })
  recordedCount?: number;

  @Field(() => Int, { nullable: true, description: 'Bookings skipped because their booking id was already recorded.' })
  duplicateCount?: number;
}

@ObjectType({
  description:
    'The result of `recordThirdPartyCredit`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class RecordThirdPartyCreditPayload extends MutationPayload {
  @Field(() => Booking, {
    nullable: true,
    description: 'The PartnerConnectBooking as `recordThirdPartyCredit` left it; null when userErrors rejected the input.',
  })
  booking?: Booking;
}

@ObjectType({
  description: 'The result of `terminateDeal`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class TerminateDealPayload extends MutationPayload {
  @Field(() => Booking, { nullable: true, description: 'The PartnerConnectBooking as `terminateDeal` left it; null when userErrors rejected the input.' })
  booking?: Booking;
}

@ObjectType('PartnerConnectLifecycleClaimPayload', {
  description:
    'The result of `approveLifecycleClaim` or `submitLifecycleClaim`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class LifecycleClaimPayload extends MutationPayload {
  @Field(() => LifecycleClaim, {
    nullable: true,
    description: 'The PartnerConnectLifecycleClaim as the mutation left it; null when userErrors rejected the input.',
  })
  claim?: LifecycleClaim;
}

@ObjectType('PartnerConnectInfluenceClaimPayload', {
  description:
    'The result of `completeInfluenceWork`, `decideInfluenceIntention` or `submitInfluenceIntention`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class InfluenceClaimPayload extends MutationPayload {
  @Field(() => InfluenceClaim, {
    nullable: true,
    description: 'The PartnerConnectInfluenceClaim as the mutation left it; null when userErrors rejected the input.',
  })
  claim?: InfluenceClaim;
}

@ObjectType({
  description:
    'The result of `closeAudit`, `recordAuditRequirement` or `startAudit`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AuditPayload extends MutationPayload {
  @Field(() => Audit, { nullable: true, description: 'The Audit as the mutation left it; null when userErrors rejected the input.' })
  audit?: Audit;
}

@ObjectType('PartnerConnectCredentialPayload', {
  description:
    'The result of `recordCredential` or `revokeCredential`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class CredentialPayload extends MutationPayload {
  @Field(() => Credential, { nullable: true, description: 'The PartnerConnectCredential as the mutation left it; null when userErrors rejected the input.' })
  credential?: Credential;
}

@ObjectType({
  description:
    'The result of `grantProgressionAccess` or `revokeProgressionAccess`: the records the mutation changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class ProgressionAccessPayload extends MutationPayload {
  @Field(() => ProgressionAccess, { nullable: true, description: 'The ProgressionAccess as the mutation left it; null when userErrors rejected the input.' })
  access?: ProgressionAccess;
}

@ObjectType({
  description:
    'The result of `assignPartnerBusinessManager`: the records it changed, or the userErrors naming the rule that refused the input (then nothing changed).',
})
export class AssignPartnerBusinessManagerPayload extends MutationPayload {
  @Field(() => ManagerAssignment, {
    nullable: true,
    description: 'The PartnerBusinessManagerAssignment as `assignPartnerBusinessManager` left it; null when userErrors rejected the input.',
  })
  assignment?: ManagerAssignment;
}

@ObjectType({ description: "PC-14: whether the calling key sees a partner's progression, and why." })
export class ProgressionAccessStatus {
  @Field({ description: "Whether the key may see the partner's progression (PC-14); `reason` says why." })
  canSee: boolean;

  @Field(() => ProgressionAccessReason, { description: "Why the key may or may not see the partner's progression (PC-14)." })
  reason: ProgressionAccessReason;

  @Field(() => ProgressionAccess, {
    nullable: true,
    description: "The key's grant on the partner: the active one, else the last one revoked; null if it never had one.",
  })
  grant: ProgressionAccess | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the partner has joined Partner Connect (has a progression at all); null when the key may not know.',
  })
  partnerJoined: boolean | null;
}
