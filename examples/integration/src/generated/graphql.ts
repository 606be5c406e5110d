/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** CERT-1: who supports customers, what testing certification needs and which support flow applies; each program has one level. */
export type CertificationAcceptanceLevel =
  /** Accepted (CERT-1): the partner supports customers; acceptance testing ("the provider doesn't misbehave"); partner-first support flow. */
  | 'ACCEPTED'
  /** Certified (CERT-1): the vendor supports customers; functional verification testing; vendor-first support flow. */
  | 'CERTIFIED'
  /** Community Supported (CERT-1): nobody supports customers; no testing; no support flow. */
  | 'COMMUNITY_SUPPORTED'
  /** Partner Supported (CERT-1): the partner supports customers; testing the partner defines; partner-first support flow. */
  | 'PARTNER_SUPPORTED';

/** Charges a scheduled fee to a partner as a new invoice. */
export type ChargeFeeInput = {
  /** Which fee of the program's schedule to charge (FEE-1). */
  feeKind: FeeKind;
  /** Id of the `Partner` that `chargeFee` acts on (`partner(id:)` returns it). */
  partnerId: string | number;
  /** The program whose schedule applies (required for a program entrance fee). */
  programId?: string | number | null | undefined;
  /** The program version an entrance fee is bought for (FEE-1). */
  programVersion?: string | null | undefined;
  /** Units to charge, 1 to 100 (default 1). */
  quantity?: number | null | undefined;
  /** What the charge is for, such as the approved equivalency request (FEE-3). */
  reference?: string | null | undefined;
};

/** A new webhook endpoint. The signing secret is returned once, in the payload. */
export type CreateWebhookSubscriptionInput = {
  /** Free-text description of the create webhook subscription. */
  description?: string | null | undefined;
  /** Event types: exact (`certification.listing_removed`), prefix wildcard (`notice.*`), or `*`. */
  eventKinds: Array<string>;
  /** Deliver only events and notices of this partner. */
  partnerId?: string | number | null | undefined;
  /** http(s) URL the deliveries are POSTed to. */
  url: string;
};

/** Every error code the API returns: the `code` of a `UserError` and the `extensions.code` of an error in a response. Clients may switch on it; a new code is an addition recorded in the schema changelog. */
export type ErrorCode =
  /** PC-14: that key has no progression access to revoke. */
  | 'ACCESS_GRANT_NOT_FOUND'
  /** PC-14: the key id is missing or names the caller itself. */
  | 'ACCESS_KEY_INVALID'
  /** PC-14: only staff, or the partner's primary or alternate contact, may grant or revoke progression access. */
  | 'ACCESS_NOT_ALLOWED'
  /** That agreement is already signed for this enrollment. */
  | 'AGREEMENT_ALREADY_SIGNED'
  /** MEM-2: that agreement is not one this enrollment needs (it depends on the partner's join date and the program's cutoff). */
  | 'AGREEMENT_NOT_REQUIRED'
  /** REL-5: the release has already been announced. */
  | 'ALREADY_ANNOUNCED'
  /** MEM-10: the partner already has a live enrollment in that program. */
  | 'ALREADY_ENROLLED'
  /** FEE-8: a payment or waiver may not exceed the balance still due. */
  | 'AMOUNT_EXCEEDS_BALANCE'
  /** A payment, waiver or refund is more than zero. */
  | 'AMOUNT_NOT_POSITIVE'
  /** No API key with that id. */
  | 'API_KEY_NOT_FOUND'
  /** CERT-12/CERT-14: the version has no artifact with declared sums to compare. */
  | 'ARTIFACT_MISSING'
  /** CERT-12/CERT-14: the uploaded artifact does not match its declared MD5, SHA1 or size; upload the right file (or declare its sums) before approval. */
  | 'ARTIFACT_SUMS_MISMATCH'
  /** PC-10: the partner already has an open or unresolved audit. */
  | 'AUDIT_ALREADY_OPEN'
  /** PC-10: the audit is not open for that change. */
  | 'AUDIT_NOT_OPEN'
  /** PC-8/PC-10: an audit covers a program year the partner was in: from the year it entered to the current one. */
  | 'AUDIT_YEAR_NOT_PARTICIPATED'
  /** REL-1: a milestone build cannot be available before the previous milestone build. */
  | 'AVAILABILITY_BEFORE_PREVIOUS'
  /** A milestone is recorded when its build is available: availableAt may not be in the future. */
  | 'AVAILABILITY_IN_FUTURE'
  /** The HTTP request is not a GraphQL request the gateway accepts (such as a GET of a mutation, or a missing query). */
  | 'BAD_REQUEST'
  /** The input is malformed: a field breaks a validation rule (the field and rule are named). */
  | 'BAD_USER_INPUT'
  /** PC-2: points are computed from TCV in USD cents only. */
  | 'BOOKING_CURRENCY_UNSUPPORTED'
  /** A booking row is malformed (the field and line are named). */
  | 'BOOKING_INVALID'
  /** A booking cannot be dated after now. */
  | 'BOOKING_IN_FUTURE'
  /** No booking with that booking id. */
  | 'BOOKING_NOT_FOUND'
  /** PC-3: the booking type is not one of the configured booking types. */
  | 'BOOKING_TYPE_UNKNOWN'
  /** REL-8: the request was already approved, refused or ended. */
  | 'BUILD_ACCESS_ALREADY_DECIDED'
  /** REL-3: a catastrophic or certification-blocking item needs a business justification. */
  | 'BUSINESS_JUSTIFICATION_REQUIRED'
  /** PC-1: the partner is already in that business model. */
  | 'BUSINESS_MODEL_ALREADY_JOINED'
  /** CERT-15: no such item on that checklist for the program. */
  | 'CHECKLIST_ITEM_UNKNOWN'
  /** The claim was already decided. */
  | 'CLAIM_ALREADY_DECIDED'
  /** The record changed or is being changed by another request; retry. */
  | 'CONFLICT'
  /** PC-13: the credential was already revoked. */
  | 'CREDENTIAL_ALREADY_REVOKED'
  /** PC-13: a credential must be valid until after it becomes valid. */
  | 'CREDENTIAL_VALIDITY_INVALID'
  /** The amount is not in the invoice currency. */
  | 'CURRENCY_MISMATCH'
  /** PC-6: the deal was already terminated. */
  | 'DEAL_ALREADY_TERMINATED'
  /** REL-8: a refusal needs a note telling the partner why. */
  | 'DECISION_NOTE_REQUIRED'
  /** REL-8: an approval delivers a build: give its download URL. */
  | 'DOWNLOAD_URL_REQUIRED'
  /** SUP-10: a question must carry the partner's internal assessment (its engineering lead's triage) before it is accepted. */
  | 'ENGINEERING_ASSESSMENT_REQUIRED'
  /** SUP-10: a question must carry the logs behind the internal assessment. */
  | 'ENGINEERING_LOGS_REQUIRED'
  /** SUP-10: the partner has no current development consulting term. */
  | 'ENGINEERING_NO_CONSULTING_TERM'
  /** SUP-10: the question is already answered. */
  | 'ENGINEERING_QUESTION_ANSWERED'
  /** CERT-3: the partner's enrollment in the software's program is not active. */
  | 'ENROLLMENT_NOT_ACTIVE'
  /** No enrollment with that id (or not visible to this key). */
  | 'ENROLLMENT_NOT_FOUND'
  /** MEM-10: the enrollment cannot move to that state from its current one. */
  | 'ENROLLMENT_STATE_INVALID'
  /** FEE-2: the refund would take back entitlements the partner has already used; it is refused. */
  | 'ENTITLEMENT_ALREADY_CONSUMED'
  /** FEE-2: the partner has no unconsumed entitlement of that kind left; buy (or be waived) a bundle first. */
  | 'ENTITLEMENT_EXHAUSTED'
  /** CERT-12: an equivalency extends a certified, not removed listing to a later version of the same software. */
  | 'EQUIVALENCY_NOT_APPLICABLE'
  /** FEE-1/FEE-3: a one-time fee (entrance per program version, Partner Connect enrollment) or an equivalency request was already charged. */
  | 'FEE_ALREADY_CHARGED'
  /** FEE-5: TSANet host dues are billed with billTsanetHost from a member snapshot, not charged as a flat fee. */
  | 'FEE_BILLED_FROM_SNAPSHOT'
  /** FEE-1/FEE-6: the invoice holds a fee that is not refundable. */
  | 'FEE_NOT_REFUNDABLE'
  /** FEE-1/FEE-6: entrance, enrollment, re-enrollment and renewal (TSANet dues) fees are never refundable. */
  | 'FEE_NOT_REFUNDABLE_KIND'
  /** FEE-1: no amount is set for that fee kind (for that program or by default); an admin sets it with setFee. */
  | 'FEE_NOT_SCHEDULED'
  /** The fee schedule row is inconsistent (bands only for host dues, a term only for term fees, whole positive quantities). */
  | 'FEE_SCHEDULE_INVALID'
  /** CERT-7: the footnote already records a technical fix. */
  | 'FOOTNOTE_ALREADY_RESOLVED'
  /** The API key is valid but its role or scope does not allow this operation. */
  | 'FORBIDDEN'
  /** The query is not valid GraphQL, or has more than 1000 tokens. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query does not match the schema, or breaks a query limit (depth, aliases, directives, cost). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** FEE-5: host-pay dues are billed for one or more Limited members. */
  | 'HOST_PAY_MEMBER_COUNT_INVALID'
  /** CERT-10: a hot fix distribution names a customer and a date not before the hot fix was released. */
  | 'HOT_FIX_DISTRIBUTION_INVALID'
  /** A request with the same Idempotency-Key is still running (HTTP 409). */
  | 'IDEMPOTENCY_KEY_IN_USE'
  /** The Idempotency-Key was used before with a different request (HTTP 422). */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** PC-5: the completion was filed more than 30 days after the work ended. */
  | 'INFLUENCE_COMPLETION_LATE'
  /** PC-5: the intention claim must be approved before the work is completed. */
  | 'INFLUENCE_NOT_APPROVED'
  /** PC-5: only partners in the Solution Services business model earn influence points. */
  | 'INFLUENCE_REQUIRES_SOLUTION_SERVICES'
  /** PC-5: the work started before the intention claim was approved. */
  | 'INFLUENCE_WORK_BEFORE_APPROVAL'
  /** PC-5: the work must end after it starts and not in the future. */
  | 'INFLUENCE_WORK_DATES_INVALID'
  /** REL-3: installedAt may not be in the future. */
  | 'INSTALLED_IN_FUTURE'
  /** An unexpected failure; the response carries a request id to find it in the server log. */
  | 'INTERNAL_SERVER_ERROR'
  /** The pagination cursor was not issued by this API. */
  | 'INVALID_CURSOR'
  /** The invoice has nothing left to pay or waive. */
  | 'INVOICE_SETTLED'
  /** REL-8: a request for an unofficial-milestone build needs a justification. */
  | 'JUSTIFICATION_REQUIRED'
  /** PC-4: the lifecycle activity is not one of the configured activities. */
  | 'LIFECYCLE_ACTIVITY_UNKNOWN'
  /** CERT-6/CERT-7: the listing cannot be published yet; the missing items are named. */
  | 'LISTING_NOT_PUBLISHABLE'
  /** CERT-8: the listing was removed; it cannot be changed or extended. */
  | 'LISTING_REMOVED'
  /** No active membership of that kind to end. */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** The partner already has a membership of that kind covering part of that term. */
  | 'MEMBERSHIP_OVERLAPS'
  /** The membership or agreement term ends before it starts. */
  | 'MEMBERSHIP_TERM_INVALID'
  /** REL-1: milestones only move forward; the release is already at this milestone or a later one. */
  | 'MILESTONE_NOT_FORWARD'
  /** REL-1: this kind of release has no such milestone (Beta: major and minor; RC and RTM: major, minor, update; GA: all). */
  | 'MILESTONE_NOT_FOR_KIND'
  /** REL-1: a milestone this kind of release has may not be skipped. */
  | 'MILESTONE_SKIPPED'
  /** NOT-1: the last sweep already covered up to a later instant; sweep at or after the end of the last sweep. */
  | 'NOTICE_SWEEP_BEFORE_LAST'
  /** NOT-1: a sweep cannot run for an instant after the clock; notices would be sent before they are due. */
  | 'NOTICE_SWEEP_IN_FUTURE'
  /** The partner is not an active member of any program tied to the product (or of the program named). */
  | 'NOT_A_MEMBER'
  /** No such record, or it belongs to a partner this key may not see. */
  | 'NOT_FOUND'
  /** MEM-7: the program is not part of that umbrella program. */
  | 'NOT_IN_UMBRELLA'
  /** REL-8: official milestone builds (Beta, RC, GA) reach every active member without a request. */
  | 'OFFICIAL_MILESTONE_NEEDS_NO_REQUEST'
  /** FEE-1: a one-time fee is charged once (quantity 1). */
  | 'ONE_TIME_FEE_QUANTITY'
  /** The document has several operations and `operationName` names none of them. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** Only PARTNER keys are bound to a partner. */
  | 'PARTNER_NOT_ALLOWED'
  /** The partner has not joined Partner Connect (join a business model first). */
  | 'PARTNER_NOT_ENROLLED'
  /** No partner with that id (or not visible to this key). */
  | 'PARTNER_NOT_FOUND'
  /** PC-7: third-party credit goes only to a partner in good standing. */
  | 'PARTNER_NOT_IN_GOOD_STANDING'
  /** A PARTNER key must name the partner it is bound to. */
  | 'PARTNER_REQUIRED'
  /** PC-10: the partnership was terminated; re-entry is only as a new partner. */
  | 'PARTNER_TERMINATED'
  /** The request body is larger than the limit (HTTP 413). */
  | 'PAYLOAD_TOO_LARGE'
  /** A payment cannot be received after the moment it is recorded. */
  | 'PAYMENT_IN_FUTURE'
  /** A persisted query hash the gateway does not know. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The gateway does not accept persisted queries. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** Another product already has this name. */
  | 'PRODUCT_NAME_TAKEN'
  /** Another program already uses that code. */
  | 'PROGRAM_CODE_TAKEN'
  /** No program with that id. */
  | 'PROGRAM_NOT_FOUND'
  /** REL-8: the program is not one of the programs tied to the release's product. */
  | 'PROGRAM_NOT_TIED_TO_PRODUCT'
  /** CERT-1: the program has no certification policy (acceptance level) yet; an admin or program manager sets it first. */
  | 'PROGRAM_POLICY_MISSING'
  /** FEE-1: a program entrance fee is charged for a program. */
  | 'PROGRAM_REQUIRED'
  /** FEE-1: a program entrance fee is tied to the program version it is bought for. */
  | 'PROGRAM_VERSION_REQUIRED'
  /** A fee is charged in whole units from 1 to 100. */
  | 'QUANTITY_INVALID'
  /** CERT-9: every question of the program questionnaire must be answered exactly once, yes or no. */
  | 'QUESTIONNAIRE_ANSWERS_INVALID'
  /** The API key used its per-minute request budget; retry after `retryAfterSeconds` (HTTP 429). */
  | 'RATE_LIMITED'
  /** REL-3: feedback is given by a partner that recorded an install of the RC build. */
  | 'RC_INSTALL_NOT_RECORDED'
  /** FEE-4: a waiver or refund says why. */
  | 'REASON_REQUIRED'
  /** FEE-3: an equivalency fee names the approved equivalency request it is charged for. */
  | 'REFERENCE_REQUIRED'
  /** A refund may not exceed what is left of the payment after earlier refunds. */
  | 'REFUND_EXCEEDS_PAYMENT'
  /** REL-3: the release has no RC build available at the install instant. */
  | 'RELEASE_NOT_AT_RC'
  /** CERT-3: the vendor release does not allow certification now (only RC and GA do). */
  | 'RELEASE_NOT_CERTIFIABLE'
  /** CERT-13: the version would not be unique: its date and at least one version node must differ from every other released version of the software. */
  | 'RELEASE_SIGNATURE_NOT_UNIQUE'
  /** The product already has a release with this version. */
  | 'RELEASE_VERSION_TAKEN'
  /** CERT-11/CERT-12: the waiver or equivalency request was already decided. */
  | 'REQUEST_ALREADY_DECIDED'
  /** MEM-5: the partner does not meet the program version's requirements. */
  | 'REQUIREMENTS_UNMET'
  /** Only INTEGRATION keys carry scopes. */
  | 'SCOPES_NOT_ALLOWED'
  /** CERT-2: the review slot has no capacity left. */
  | 'SLOT_FULL'
  /** CERT-2: a submission must name an unused review slot reservation of the same partner. */
  | 'SLOT_RESERVATION_REQUIRED'
  /** CERT-2: the review slot has already started; reserve a later slot. */
  | 'SLOT_STARTED'
  /** A hot fix notification must name a version registered with the HOT_FIX release kind. */
  | 'SOFTWARE_VERSION_KIND_MISMATCH'
  /** CERT-4: the submission was already certified or denied. */
  | 'SUBMISSION_ALREADY_DECIDED'
  /** SUP-1: the coverage calendar is malformed (unknown time zone, bad hours, overlapping hours, bad holiday date, no open hours). */
  | 'SUPPORT_CALENDAR_INVALID'
  /** SUP-2: the first response is already recorded; the response clock has stopped. */
  | 'SUPPORT_CASE_ALREADY_RESPONDED'
  /** SUP-2: the case is resolved; it cannot be changed. */
  | 'SUPPORT_CASE_RESOLVED'
  /** SUP-8: no such item in the datacenter support checklist. */
  | 'SUPPORT_CHECKLIST_ITEM_UNKNOWN'
  /** SUP-3: this side may not open or answer the collaborative case in that direction. */
  | 'SUPPORT_COLLABORATION_NOT_ALLOWED'
  /** SUP-7: the end of support is earlier than 6 months after the next major version was released. */
  | 'SUPPORT_END_BEFORE_MINIMUM'
  /** SUP-7: the end of support leaves customers less than 3 months of notice from today. */
  | 'SUPPORT_END_NOTICE_TOO_SHORT'
  /** SUP-7: no newer major version has been released, so the support of this version cannot end yet. */
  | 'SUPPORT_END_NO_NEWER_MAJOR'
  /** SUP-2: an internal escalation must go to a higher level than the last one. */
  | 'SUPPORT_ESCALATION_NOT_HIGHER'
  /** SUP-8: the evidence was already accepted or rejected. */
  | 'SUPPORT_EVIDENCE_ALREADY_DECIDED'
  /** SUP-5: the period must end after it starts. */
  | 'SUPPORT_PERIOD_INVALID'
  /** SUP-1: the severity policy is malformed (duplicate or missing levels, negative response time). */
  | 'SUPPORT_POLICY_INVALID'
  /** SUP-1: a severity policy belongs to exactly one partner or one TSANet group. */
  | 'SUPPORT_POLICY_TARGET'
  /** SUP-3: the related case belongs to another partner. */
  | 'SUPPORT_RELATED_CASE_MISMATCH'
  /** SUP-2: a severity raise must move to a more urgent level (a lower number). */
  | 'SUPPORT_SEVERITY_NOT_RAISED'
  /** SUP-1: the severity is not one of the levels of the severity policy that applies to the case. */
  | 'SUPPORT_SEVERITY_UNKNOWN'
  /** SUP-4: the partner software is not listed in the compatibility guide; the vendor does not accept the report. */
  | 'SUPPORT_SOFTWARE_NOT_LISTED'
  /** SUP-7: the version is not one of the software versions certification knows. */
  | 'SUPPORT_VERSION_UNKNOWN'
  /** MEM-1: the partner has no active TAP membership at that instant. */
  | 'TAP_MEMBERSHIP_REQUIRED'
  /** PC-7: the OEM and the transacting partner must differ. */
  | 'THIRD_PARTY_CREDITS_ITSELF'
  /** FEE-5: the group was already billed for this billing year. */
  | 'TSANET_ALREADY_BILLED'
  /** FEE-5: the first host invoice falls one year after the program start date; it is not due yet. */
  | 'TSANET_BILL_NOT_DUE'
  /** No TSANet group with that id. */
  | 'TSANET_GROUP_NOT_FOUND'
  /** SUP-9: this partner or company already has a membership in the group. */
  | 'TSANET_MEMBER_DUPLICATE'
  /** SUP-9: the partner is not a live member of that TSANet group. */
  | 'TSANET_MEMBER_NOT_LIVE'
  /** FEE-7: a member-paid member goes live only after its dues payment is received. */
  | 'TSANET_MEMBER_NOT_PAID'
  /** SUP-9: a member-paid group bills its members through fees, so the member must be a partner. */
  | 'TSANET_MEMBER_PARTNER_REQUIRED'
  /** SUP-9: the member was not renewed within 90 days after its renewal date and is terminated. */
  | 'TSANET_MEMBER_TERMINATED'
  /** SUP-9: the member is not at the onboarding step this action needs. */
  | 'TSANET_MEMBER_WRONG_STATE'
  /** FEE-5: over 400 members is not priced by band; a rate must be negotiated with TSANet. */
  | 'TSANET_NEGOTIATED_RATE_REQUIRED'
  /** SUP-9: the renewal for this period is already invoiced. */
  | 'TSANET_RENEWAL_ALREADY_INVOICED'
  /** SUP-9: only members of member-paid groups renew their own dues. */
  | 'TSANET_RENEWAL_NOT_MEMBER_PAID'
  /** SUP-9: the renewal invoice is issued from 30 days before the renewal date. */
  | 'TSANET_RENEWAL_NOT_OPEN'
  /** MEM-7: only an UMBRELLA program can contain programs, and an umbrella cannot be inside another. */
  | 'UMBRELLA_INVALID'
  /** No API key, or an unknown or revoked one. */
  | 'UNAUTHENTICATED'
  /** A scope that no module defines. */
  | 'UNKNOWN_SCOPE'
  /** The request body is not `application/json` (HTTP 415). */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** No webhook delivery with that id. */
  | 'WEBHOOK_DELIVERY_NOT_FOUND'
  /** The delivery is still pending: it will be tried again on its own; only a DELIVERED or FAILED delivery can be redelivered. */
  | 'WEBHOOK_DELIVERY_PENDING'
  /** The webhook subscription is already active. */
  | 'WEBHOOK_SUBSCRIPTION_ALREADY_ACTIVE'
  /** The webhook subscription is already disabled. */
  | 'WEBHOOK_SUBSCRIPTION_ALREADY_DISABLED'
  /** No webhook subscription with that id. */
  | 'WEBHOOK_SUBSCRIPTION_NOT_FOUND'
  /** Webhook targets are public http(s) URLs: loopback, private, link-local and other non-public addresses are refused (an operator can allow them for local development). */
  | 'WEBHOOK_TARGET_NOT_ALLOWED';

/** What a fee is for (FEE-1). */
export type FeeKind =
  /** Certification fee, $1000: buys 1 submission and 3 support incidents (FEE-2). */
  | 'CERTIFICATION'
  /** Development consulting fee: buys a renewable service term of engineering questions (FEE-1, SUP-10). */
  | 'DEVELOPMENT_CONSULTING'
  /** Equivalency fee, $125: charged for each approved equivalency request only (FEE-3, CERT-12). */
  | 'EQUIVALENCY'
  /** Partner Connect enrollment fee, $995, one-time, non-refundable (FEE-1, FEE-6). */
  | 'PARTNER_CONNECT_ENROLLMENT'
  /** Partner Connect re-enrollment fee, $995, non-refundable: returns a partner to its previous level after a failed audit (FEE-1, FEE-6, PC-10). */
  | 'PARTNER_CONNECT_REENROLLMENT'
  /** Program entrance fee: one-time, non-refundable, non-transferable, tied to the program version it was bought for (FEE-1). */
  | 'PROGRAM_ENTRANCE'
  /** TSANet host-pay dues: billed yearly per Limited member at its band's rate (FEE-5). */
  | 'TSANET_HOST_DUES'
  /** TSANet member-pay dues, $500 a year (FEE-1); paid before the member goes live (FEE-7). */
  | 'TSANET_MEMBER_DUES';

/** Derived from the invoice ledger (FEE-8). */
export type InvoiceStatus =
  /** Nothing paid or waived yet. */
  | 'OPEN'
  /** Settled, at least partly by payment. */
  | 'PAID'
  /** Some of the balance is paid or waived, some is still due. */
  | 'PARTIALLY_PAID'
  /** Every payment was refunded; the balance is due again. */
  | 'REFUNDED'
  /** Settled entirely by waiver (FEE-4). */
  | 'WAIVED';

/** Where a listing stands on the compatibility guide. */
export type ListingStatus =
  /** Certified, but TOI, support readiness or the support policy is missing (CERT-6). */
  | 'CERTIFIED_UNPUBLISHED'
  /** On the public compatibility guide: TOI, support readiness and the support policy are met (CERT-6) and no severe incompatibility is open (CERT-7). Reached with `publishListing`. */
  | 'PUBLISHED'
  /** Taken off the guide by `removeListing` at the partner's request, the vendor's discretion or for non-compliance (CERT-8); the history keeps the reason. */
  | 'REMOVED'
  /** Off the guide until a technical fix for a severe incompatibility (CERT-7). */
  | 'WITHHELD';

/** An amount of money in integer minor units of an ISO 4217 currency. */
export type MoneyInput = {
  /** Minor units (cents); zero or more. */
  amountMinor: number;
  /** ISO 4217 code. */
  currency?: string;
};

/** Input of `recordPayment`: records money received against an invoice; announces fees.payment_received (FEE-7). */
export type RecordPaymentInput = {
  /** The money received, in minor units with its currency; the invoice's currency. */
  amount: MoneyInput;
  /** The payment processor or bank reference. */
  externalReference?: string | null | undefined;
  /** Id of the `Invoice` that `recordPayment` acts on (`invoice(id:)` returns it). */
  invoiceId: string | number;
  /** When the money was received (default now; never later than now). */
  receivedAt?: string | null | undefined;
};

export type PublishedGuideQueryVariables = Exact<{
  productId: string | number;
  productVersion: string;
  after?: string | null | undefined;
}>;


export type PublishedGuideQuery = { listings: { edges: Array<{ node: { id: string, status: ListingStatus, productVersion: string, acceptanceLevel: CertificationAcceptanceLevel, certifiedAt: string, software: { name: string } | null, version: { version: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SomeListingQueryVariables = Exact<{ [key: string]: never; }>;


export type SomeListingQuery = { listings: { edges: Array<{ node: { productId: string, productVersion: string } }> } };

export type PartnersPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnersPageQuery = { partners: { edges: Array<{ cursor: string, node: { id: string, name: string, joinedOn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChargeFeeMutationVariables = Exact<{
  input: ChargeFeeInput;
}>;


export type ChargeFeeMutation = { chargeFee: { invoice: { id: string, status: InvoiceStatus, total: { amountMinor: number, currency: string } } | null, userErrors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { invoice: { id: string, status: InvoiceStatus } | null, userErrors: Array<{ code: ErrorCode, field: string | null, message: string }> } };

export type SubscribeMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type SubscribeMutation = { createWebhookSubscription: { secret: string | null, subscription: { id: string } | null, userErrors: Array<{ code: ErrorCode, field: string | null, message: string }> } };


export const PublishedGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"productVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productVersion"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"productVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"software"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedGuideQuery, PublishedGuideQueryVariables>;
export const SomeListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SomeListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SomeListingQuery, SomeListingQueryVariables>;
export const PartnersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersPageQuery, PartnersPageQueryVariables>;
export const ChargeFeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChargeFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeFeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChargeFeeMutation, ChargeFeeMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const SubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Subscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeMutation, SubscribeMutationVariables>;