import { Field, Int, ObjectType } from 'type-graphql';
import { ProgressionAccessReason } from '../enums';
import {
  Audit,
  Booking,
  BusinessModel,
  Credential,
  InfluenceClaim,
  LifecycleClaim,
  ManagerAssignment,
  PointsEntry,
  ProgressionAccess,
} from '../entities';
import { Connection, MutationPayload } from '@alliance/kernel';

@ObjectType()
export class PointsEntryConnection extends Connection(PointsEntry) {}

@ObjectType()
export class JoinBusinessModelPayload extends MutationPayload {
  @Field(() => BusinessModel, { nullable: true })
  businessModel?: BusinessModel;
}

@ObjectType()
export class RecordBookingsPayload extends MutationPayload {
  @Field(() => [Booking], { nullable: true, description: 'The bookings recorded by this call (duplicates are not repeated).' })
  bookings?: Booking[];

  @Field(() => Int, { nullable: true })
  recordedCount?: number;

  @Field(() => Int, { nullable: true, description: 'Bookings skipped because their booking id was already recorded.' })
  duplicateCount?: number;
}

@ObjectType()
export class RecordThirdPartyCreditPayload extends MutationPayload {
  @Field(() => Booking, { nullable: true })
  booking?: Booking;
}

@ObjectType()
export class TerminateDealPayload extends MutationPayload {
  @Field(() => Booking, { nullable: true })
  booking?: Booking;
}

@ObjectType('PartnerConnectLifecycleClaimPayload')
export class LifecycleClaimPayload extends MutationPayload {
  @Field(() => LifecycleClaim, { nullable: true })
  claim?: LifecycleClaim;
}

@ObjectType('PartnerConnectInfluenceClaimPayload')
export class InfluenceClaimPayload extends MutationPayload {
  @Field(() => InfluenceClaim, { nullable: true })
  claim?: InfluenceClaim;
}

@ObjectType()
export class AuditPayload extends MutationPayload {
  @Field(() => Audit, { nullable: true })
  audit?: Audit;
}

@ObjectType('PartnerConnectCredentialPayload')
export class CredentialPayload extends MutationPayload {
  @Field(() => Credential, { nullable: true })
  credential?: Credential;
}

@ObjectType()
export class ProgressionAccessPayload extends MutationPayload {
  @Field(() => ProgressionAccess, { nullable: true })
  access?: ProgressionAccess;
}

@ObjectType()
export class AssignPartnerBusinessManagerPayload extends MutationPayload {
  @Field(() => ManagerAssignment, { nullable: true })
  assignment?: ManagerAssignment;
}

@ObjectType({ description: "PC-14: whether the calling key sees a partner's progression, and why." })
export class ProgressionAccessStatus {
  @Field()
  canSee: boolean;

  @Field(() => ProgressionAccessReason)
  reason: ProgressionAccessReason;

  @Field(() => ProgressionAccess, { nullable: true, description: "The key's grant on the partner: the active one, else the last one revoked; null if it never had one." })
  grant: ProgressionAccess | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the partner has joined Partner Connect (has a progression at all); null when the key may not know.' })
  partnerJoined: boolean | null;
}
