import { FixedClock, RequestContext, runUnitOfWork } from '@alliance/kernel';
import {
  CertificationAcceptanceLevel,
  CertificationChecklistKind,
  CertificationQuestionnaireKind,
  Listing,
  ListingStatus,
  SoftwareReleaseKind,
  TOI_ITEMS,
} from '@alliance/certification';
import { EntitlementKind, FeeKind } from '@alliance/fees';
import { AgreementKind, ContactRole, NetworkMembershipKind, ProgramKind, Requirement } from '@alliance/membership';
import { AuditRequirementCode, BusinessModelKind, PartnerConnectCredentialKind, programYearOf } from '@alliance/partner-connect';
import { Milestone, PartnerChangeKind, RcFeedbackClassification, ReleaseBuildType, ReleaseKind } from '@alliance/releases';
import {
  SupportCoverageKind,
  SupportReadinessItemKind,
  SupportWeekday,
  TsanetCommunicationSender,
  TsanetGroupType,
  TsanetInternalAccess,
  TsanetMembershipKind,
  TsanetPaymentModel,
} from '@alliance/support';
import type { Gateway } from './server';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface DemoSummary {
  partners: number;
  programs: number;
  invoices: number;
  releases: number;
  listings: { published: number; unpublished: number };
  supportCases: number;
  tsanetMembers: number;
  bookings: number;
}

/** A deterministic pseudo-random sequence (mulberry32), so every load builds the same data. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const dateOnly = (instant: Date) => instant.toISOString().slice(0, 10);
const dayStart = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

/**
 * A demo dataset for `npm start` on an empty database: a living partner program over the last
 * 400 days. Everything goes through the domain services, so the demo obeys the same rules as
 * the API. Each step runs in its own transaction at the instant it happened (a fixed clock
 * counted back from now), so windows, due dates and program years come out as they would have.
 *
 * - membership: programs SDDC (umbrella), SVA and VRO; five partners with TAP (and most with
 *   TSANet), contacts, and enrollments that are active, pending or terminated;
 * - fees: entrance and development consulting fees on the schedule; certification fees paid,
 *   waived and open; entitlements partly used; TSANet dues and a host-pay bill;
 * - releases: Nimbus Platform 7.0 (GA), 7.0 Update 1 (GA), 7.1 (at RC, feedback owed), and
 *   Nimbus Orchestrator 8.2 (Beta); RC installs and feedback; a change notice;
 * - certification: policies, review slots, Acme's listing published with a footnote and KB link,
 *   Cirrus's certified listing unpublished with its missing items;
 * - support: Acme's business-hours severity policy, a breached case, an answered case, a case
 *   with no timer; readiness; two TSANet groups with members in every state;
 * - Partner Connect: business models, 300 bookings, a lifecycle claim, a specialization, levels
 *   from Community-Enrolled to Principal, and an audit in its 90-day remediation window.
 */
export async function loadDemoData(gateway: Gateway): Promise<DemoSummary> {
  const now = gateway.systemContext('demo-data').now();
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * HOUR);
  /** Runs one step of the story in its own transaction, at the instant it happened. */
  const at = <T>(instant: Date, work: (ctx: RequestContext) => Promise<T>): Promise<T> => {
    const ctx = RequestContext.system(gateway.db, new FixedClock(instant), gateway.bus, 'demo-data');
    return runUnitOfWork(ctx, () => work(ctx));
  };
  const { membership, fees, releases, certification, support, partnerConnect } = gateway.modules;
  const { catalog, review, listings } = certification.services;
  const t0 = ago(400);
  const termStart = dayStart(t0);
  const termEnd = new Date(Date.UTC(now.getUTCFullYear() + 2, 11, 31, 23, 59, 59, 999));
  const summary: DemoSummary = {
    partners: 0,
    programs: 3,
    invoices: 0,
    releases: 0,
    listings: { published: 0, unpublished: 0 },
    supportCases: 0,
    tsanetMembers: 0,
    bookings: 0,
  };

  // ── Membership (400 days ago) ───────────────────────────────────────────────────────────
  const { sva, vro, partner } = await at(t0, async (ctx) => {
    const sddc = await membership.programs.create(ctx, {
      code: 'SDDC',
      name: 'SDDC Foundation and Integration',
      kind: ProgramKind.UMBRELLA,
      agreementCutoffDate: '2015-08-31',
      requirements: [],
      guideClauses: [{ topic: 'collateral', text: 'Members may use the collateral of every program inside the umbrella.' }],
    });
    const sva = await membership.programs.create(ctx, {
      code: 'SVA',
      name: 'Storage Virtual Appliance',
      kind: ProgramKind.PROGRAM,
      umbrellaId: sddc.id,
      agreementCutoffDate: '2015-08-31',
      requirements: [Requirement.TSANET_MEMBERSHIP],
      guideClauses: [
        { topic: 'termination', text: 'Either party may terminate with 30 days written notice (Program Guide §2.2).' },
        { topic: 'fees', text: 'Fees are listed in the Program Guide §3.1 and may be waived by the vendor.' },
      ],
    });
    const vro = await membership.programs.create(ctx, {
      code: 'VRO',
      name: 'vRealize Orchestrator Plug-in Certification',
      kind: ProgramKind.PROGRAM,
      umbrellaId: sddc.id,
      agreementCutoffDate: '2015-08-31',
      requirements: [],
      guideClauses: [{ topic: 'certification', text: 'Certification fee of $1000 includes 4 SRs.' }],
    });

    const specs = [
      { key: 'acme', name: 'Acme Storage', joinedOn: '2014-03-02', country: 'US', tsanet: true, enroll: [sva.id, vro.id] },
      { key: 'borealis', name: 'Borealis Networks', joinedOn: '2019-06-15', country: 'CA', tsanet: true, enroll: [sddc.id] },
      { key: 'cirrus', name: 'Cirrus Data', joinedOn: '2021-11-01', country: 'DE', tsanet: false, enroll: [vro.id] },
      { key: 'delta', name: 'Delta Backup', joinedOn: '2023-02-20', country: 'GB', tsanet: true, enroll: [sva.id], pendingOnly: true },
      { key: 'eon', name: 'Eon Appliances', joinedOn: '2016-09-09', country: 'JP', tsanet: true, enroll: [vro.id] },
    ];
    const partner: Record<string, string> = {};
    const enrollments: Record<string, string[]> = {};
    for (const spec of specs) {
      const created = await membership.partners.create(ctx, {
        name: spec.name,
        joinedOn: spec.joinedOn,
        country: spec.country,
        website: `https://${spec.name.toLowerCase().replace(/\s+/g, '-')}.example`,
      });
      partner[spec.key] = created.id;
      enrollments[spec.key] = [];
      await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TAP, {
        partnerId: created.id,
        startsAt: termStart,
        endsAt: termEnd,
        reference: `TAP-${created.id.slice(-6)}`,
      });
      if (spec.tsanet) {
        await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TSANET, {
          partnerId: created.id,
          startsAt: termStart,
          endsAt: termEnd,
          reference: `TSA-${created.id.slice(-6)}`,
        });
      }
      const first = spec.name.split(' ')[0];
      await membership.partners.setContact(ctx, {
        partnerId: created.id,
        role: ContactRole.ALLIANCE_BUSINESS,
        name: `${first} Alliances`,
        email: `alliances@${spec.key}.example`,
      });
      await membership.partners.setContact(ctx, {
        partnerId: created.id,
        role: ContactRole.TECHNICAL_SUPPORT_MANAGER,
        name: `${first} Support`,
        email: `support@${spec.key}.example`,
        phone: '+1 555 0100',
      });
      for (const programId of spec.enroll) {
        const enrollment = await membership.enrollments.enroll(ctx, { partnerId: created.id, programId });
        enrollments[spec.key].push(enrollment.id);
        if (spec.pendingOnly) {
          await membership.enrollments.sign(ctx, {
            enrollmentId: enrollment.id,
            kind: AgreementKind.PEPA,
            signedBy: 'Dana Delta',
            termStartsAt: termStart,
            termEndsAt: termEnd,
            clauses: [],
          });
          continue;
        }
        for (const kind of await membership.enrollments.required(ctx, enrollment)) {
          await membership.enrollments.sign(ctx, {
            enrollmentId: enrollment.id,
            kind,
            signedBy: `${first} Legal`,
            termStartsAt: termStart,
            termEndsAt: termEnd,
            documentVersion: kind === AgreementKind.PEPA ? 'PEPA 2015' : 'Addendum 2.0',
            clauses: kind === AgreementKind.PEPA ? [{ topic: 'termination', text: 'PEPA §9: either party may terminate on 60 days notice.' }] : [],
          });
        }
      }
    }
    summary.partners = specs.length;
    partner.eonEnrollment = enrollments.eon[0];
    return { sva, vro, partner };
  });
  const { acme, borealis, cirrus, delta, eon } = partner;

  // ── Program settings: fee schedule, certification policies, products, TSANet groups ─────
  const setup = await at(t0, async (ctx) => {
    await fees.schedule.setFee(ctx, {
      kind: FeeKind.PROGRAM_ENTRANCE,
      amountMinor: 250_000,
      currency: 'USD',
      refundable: false,
      description: 'Program entrance fee (one-time, per program version)',
    });
    await fees.schedule.setFee(ctx, {
      kind: FeeKind.DEVELOPMENT_CONSULTING,
      amountMinor: 600_000,
      currency: 'USD',
      refundable: false,
      termMonths: 12,
      description: 'Development consulting, 12-month term',
    });
    await catalog.setProgramPolicy(ctx, {
      programId: sva.id,
      acceptanceLevel: CertificationAcceptanceLevel.CERTIFIED,
      questionnaireKind: CertificationQuestionnaireKind.CLI_API,
      signsSoftware: false,
      hasReadyLogo: true,
    });
    await catalog.setProgramPolicy(ctx, {
      programId: vro.id,
      acceptanceLevel: CertificationAcceptanceLevel.PARTNER_SUPPORTED,
      questionnaireKind: CertificationQuestionnaireKind.PLUG_IN,
      signsSoftware: true,
      hasReadyLogo: true,
    });
    const platform = await releases.service.createProduct(ctx, { name: 'Nimbus Platform', programIds: [sva.id, vro.id] });
    const orchestrator = await releases.service.createProduct(ctx, { name: 'Nimbus Orchestrator', programIds: [vro.id] });
    const group = (name: string, host: string, paymentModel: TsanetPaymentModel, groupType: TsanetGroupType) =>
      support.services.tsanet.create(ctx, {
        name,
        hostPartnerId: host,
        primaryContact: 'Collaboration desk',
        groupType,
        paymentModel,
        signUpNotificationEmail: 'tsanet@host.example',
        processForm: 'https://tsanet.example/forms/collaboration',
        acknowledgementSlaHours: 24,
        internalAccess: TsanetInternalAccess.OPEN,
        communicationTemplate: 'New collaboration case {{caseId}} from {{member}}: {{summary}}',
        communicationSender: TsanetCommunicationSender.HOST,
        legalAddendum: 'TSANet default partner addendum',
        programStartDate: dateOnly(t0),
        preApproved: [],
      });
    const memberPaid = await group('Acme Storage Collaborative Support', acme, TsanetPaymentModel.MEMBER_PAID, TsanetGroupType.SOLUTION_SUPPORT);
    const hostPaid = await group('Borealis Partner Program', borealis, TsanetPaymentModel.HOST_PAID, TsanetGroupType.PARTNER_PROGRAM);
    return { platform, orchestrator, memberPaid, hostPaid };
  });

  // ── Releases: milestones move through the year ──────────────────────────────────────────
  const release = (productId: string, version: string, kind: ReleaseKind) => {
    summary.releases++;
    return at(ago(300), (ctx) => releases.service.createRelease(ctx, { productId, version, kind }));
  };
  const reach = (releaseId: string, milestone: Milestone, when: Date, buildType = ReleaseBuildType.RELEASE_TYPE) =>
    at(when, (ctx) =>
      releases.service.advanceMilestone(ctx, {
        releaseId,
        milestone,
        availableAt: when,
        buildType,
        downloadUrl: `https://downloads.nimbus.example/${releaseId}/${milestone.toLowerCase()}`,
        announce: true,
      }),
    );
  const v70 = await release(setup.platform.id, '7.0.0', ReleaseKind.MAJOR);
  const v701 = await release(setup.platform.id, '7.0.1', ReleaseKind.UPDATE);
  const v71 = await release(setup.platform.id, '7.1.0', ReleaseKind.MINOR);
  const v82 = await release(setup.orchestrator.id, '8.2.0', ReleaseKind.MINOR);
  await reach(v70.id, Milestone.EARLY_ACCESS, ago(300), ReleaseBuildType.BETA_TYPE);
  await reach(v70.id, Milestone.BETA, ago(250), ReleaseBuildType.BETA_TYPE);
  await reach(v70.id, Milestone.RC, ago(200));
  await reach(v70.id, Milestone.RTM, ago(170));
  await reach(v70.id, Milestone.GA, ago(150));

  // ── TSANet: Borealis joins Acme's member-paid group; Borealis hosts its own ─────────────
  const takeMemberThrough = async (
    groupId: string,
    partnerId: string | null,
    companyName: string,
    kind: TsanetMembershipKind,
    signedAt: Date,
    until: 'SIGNED_UP' | 'REJECTED' | 'VALIDATED' | 'LIVE',
  ) => {
    const { tsanet } = support.services;
    const member = await at(signedAt, (ctx) => tsanet.signUp(ctx, { groupId, partnerId, companyName, membershipKind: kind, inboundProcess: null }));
    summary.tsanetMembers++;
    if (until === 'SIGNED_UP') return member;
    await at(new Date(signedAt.getTime() + DAY), (ctx) =>
      tsanet.completeMemberForm(ctx, {
        memberId: member.id,
        inboundProcess: `Open a case with ${companyName} support by phone or portal; severity 1 answered within the hour.`,
      }),
    );
    if (until === 'REJECTED')
      return at(new Date(signedAt.getTime() + 2 * DAY), (ctx) =>
        tsanet.decide(ctx, { memberId: member.id, approve: false, reason: 'No support organisation for the product line yet' }),
      );
    await at(new Date(signedAt.getTime() + 2 * DAY), (ctx) => tsanet.decide(ctx, { memberId: member.id, approve: true, reason: null }));
    await at(new Date(signedAt.getTime() + 3 * DAY), (ctx) =>
      tsanet.acknowledgeValidation(ctx, { memberId: member.id, acknowledgedBy: `${companyName} duty engineer` }),
    );
    if (until === 'VALIDATED') return member;
    if (member.duesInvoiceId) {
      await at(new Date(signedAt.getTime() + 4 * DAY), (ctx) =>
        fees.invoices.recordPayment(ctx, {
          invoiceId: member.duesInvoiceId!,
          amount: { amountMinor: 50_000, currency: 'USD' },
          externalReference: `WIRE-${companyName.slice(0, 3).toUpperCase()}`,
        }),
      );
    }
    return at(new Date(signedAt.getTime() + 5 * DAY), (ctx) => tsanet.takeLive(ctx, { memberId: member.id }));
  };
  await takeMemberThrough(setup.memberPaid.id, borealis, 'Borealis Networks', TsanetMembershipKind.LIMITED, ago(300), 'LIVE');
  await takeMemberThrough(setup.memberPaid.id, delta, 'Delta Backup', TsanetMembershipKind.LIMITED, ago(20), 'VALIDATED');
  await takeMemberThrough(setup.memberPaid.id, cirrus, 'Cirrus Data', TsanetMembershipKind.LIMITED, ago(3), 'SIGNED_UP');
  await takeMemberThrough(setup.hostPaid.id, acme, 'Acme Storage', TsanetMembershipKind.LIMITED, ago(390), 'LIVE');
  await takeMemberThrough(setup.hostPaid.id, eon, 'Eon Appliances', TsanetMembershipKind.LIMITED, ago(380), 'LIVE');
  await takeMemberThrough(setup.hostPaid.id, null, 'Orbit Systems', TsanetMembershipKind.LIMITED, ago(370), 'LIVE');
  await takeMemberThrough(setup.hostPaid.id, null, 'Quasar Labs', TsanetMembershipKind.OPEN_GROUP, ago(360), 'LIVE');
  await takeMemberThrough(setup.hostPaid.id, null, 'Nova Micro', TsanetMembershipKind.LIMITED, ago(100), 'REJECTED');

  // ── Partner Connect entries ──────────────────────────────────────────────────────────────
  const pc = partnerConnect.services;
  const joinAndMaybePay = async (partnerId: string, models: BusinessModelKind[], when: Date, pay: boolean) => {
    for (const model of models) await at(when, (ctx) => pc.participants.joinBusinessModel(ctx, { partnerId, model }));
    const participant = await at(when, (ctx) => pc.participants.find(ctx, partnerId));
    if (pay && participant?.enrollmentInvoiceId) {
      // Paid two days later; the level is lifted at that instant (the payment reaction would do it at load time).
      await at(new Date(when.getTime() + 2 * DAY), async (ctx) => {
        await fees.invoices.recordPayment(ctx, { invoiceId: participant.enrollmentInvoiceId!, amount: { amountMinor: 99_500, currency: 'USD' } });
        await pc.participants.reevaluate(ctx, partnerId);
      });
    }
  };
  await joinAndMaybePay(acme, [BusinessModelKind.SOLUTION_BUILDER, BusinessModelKind.SOLUTION_RESELLER], ago(200), true);
  await joinAndMaybePay(borealis, [BusinessModelKind.SOLUTION_SERVICES, BusinessModelKind.CLOUD_SERVICES_PROVIDER], ago(180), true);
  await joinAndMaybePay(cirrus, [BusinessModelKind.SOLUTION_RESELLER], ago(90), false);

  // ── Certification: Acme's adapter is certified on 7.0 and published ──────────────────────
  const charge = (partnerId: string, feeKind: FeeKind, when: Date, programId: string | null = null) =>
    at(when, (ctx) => fees.service.chargeFee(ctx, { partnerId, feeKind, programId, programVersion: programId ? '1' : null }));
  const pay = (invoiceId: string, amountMinor: number, when: Date) =>
    at(when, (ctx) => fees.invoices.recordPayment(ctx, { invoiceId, amount: { amountMinor, currency: 'USD' } }));

  const acmeEntrance = await charge(acme, FeeKind.PROGRAM_ENTRANCE, ago(170), sva.id);
  await pay(acmeEntrance.invoiceId, 250_000, ago(165));
  const acmeCertFee = await charge(acme, FeeKind.CERTIFICATION, ago(165));
  await pay(acmeCertFee.invoiceId, 100_000, ago(160));

  const acmeSoftware = await at(ago(160), (ctx) =>
    catalog.registerSoftware(ctx, {
      partnerId: acme,
      programId: sva.id,
      name: 'Acme ArrayGuard Storage Replication Adapter',
      platformDependent: true,
      supportPolicyUrl: null,
    }),
  );
  const acmeVersion = await at(ago(160), (ctx) =>
    catalog.registerVersion(ctx, { softwareId: acmeSoftware.id, version: '4.2.0', releasedOn: dateOnly(ago(162)), releaseKind: SoftwareReleaseKind.MAJOR }),
  );
  await at(ago(160), (ctx) =>
    catalog.registerArtifact(ctx, {
      versionId: acmeVersion.id,
      fileName: 'acme-arrayguard-sra-4.2.0.zip',
      md5: '9e107d9d372bb6826bd81d3542a419d6',
      sha1: '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
      sizeBytes: 48_213_771,
      releasedOn: null,
    }),
  );
  const svaSlot = await at(ago(155), (ctx) => review.createSlot(ctx, { programId: sva.id, startsAt: ago(140), capacity: 4, note: 'SVA review board' }));
  const acmeReservation = await at(ago(150), (ctx) =>
    review.reserveSlot(ctx, {
      slotId: svaSlot.id,
      partnerId: acme,
      capabilityMatrix: [
        { capability: 'Array-based replication', supported: true, notes: null },
        { capability: 'Test failover', supported: true, notes: null },
      ],
    }),
  );
  const acmeSubmission = await at(ago(141), (ctx) =>
    review.submit(ctx, {
      versionId: acmeVersion.id,
      releaseId: v70.id,
      reservationId: acmeReservation.id,
      testResultsUrl: 'https://acme.example/certification/arrayguard-4.2.0-results.zip',
    }),
  );
  const { listing: acmeListing } = await at(ago(130), (ctx) => review.certify(ctx, { submissionId: acmeSubmission.id, signedArtifactId: null }));
  await at(ago(128), async (ctx) => {
    for (const item of TOI_ITEMS.CLI_API) {
      await catalog.updateChecklistItem(ctx, {
        versionId: acmeVersion.id,
        checklist: CertificationChecklistKind.TOI,
        itemKey: item.key,
        done: true,
        evidenceUrl: `https://acme.example/toi/${item.key.toLowerCase()}`,
        note: null,
      });
    }
    const people: [SupportReadinessItemKind, string][] = [
      [SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT, 'Alex Rivera'],
      [SupportReadinessItemKind.CERTIFIED_PROFESSIONAL, 'Sam Chen'],
      [SupportReadinessItemKind.SENIOR_SUPPORT_ENGINEER_CONTACT, 'Jordan Patel'],
      [SupportReadinessItemKind.ESCALATION_MANAGER_CONTACT, 'Morgan Lee'],
    ];
    for (const [item, personName] of people) {
      await support.services.readiness.recordItem(ctx, {
        partnerId: acme,
        item,
        personName,
        email: `${personName.split(' ')[0].toLowerCase()}@acme.example`,
        details: null,
      });
    }
  });
  await at(ago(127), (ctx) => catalog.setSupportPolicy(ctx, { softwareId: acmeSoftware.id, supportPolicyUrl: 'https://acme.example/support/policy' }));
  await at(ago(127), (ctx) => listings.publish(ctx, acmeListing.id));
  await at(ago(100), (ctx) =>
    listings.addFootnote(ctx, {
      listingId: acmeListing.id,
      text: 'Space reclamation on thin-provisioned LUNs requires array firmware 5.1 or later.',
      kbArticleUrl: 'https://kb.nimbus.example/article/2107734',
      severe: false,
    }),
  );
  // One certification support incident used, two left.
  await at(ago(90), (ctx) =>
    fees.service.consumeEntitlement(ctx, { partnerId: acme, kind: EntitlementKind.CERTIFICATION_SUPPORT_INCIDENT, reference: 'SR-24-000871' }),
  );

  // Borealis: the certification fee is waived (a waiver grants what a payment does).
  const borealisCertFee = await charge(borealis, FeeKind.CERTIFICATION, ago(120));
  await at(ago(118), (ctx) =>
    fees.invoices.waiveFee(ctx, {
      invoiceId: borealisCertFee.invoiceId,
      amount: null,
      reason: 'Launch partner for Nimbus 7.0: fee waived by the alliance director',
    }),
  );

  // ── 7.0 Update 1, 7.1 and Orchestrator 8.2 ──────────────────────────────────────────────
  await reach(v71.id, Milestone.EARLY_ACCESS, ago(100), ReleaseBuildType.BETA_TYPE);
  await reach(v701.id, Milestone.RC, ago(90));
  await reach(v701.id, Milestone.RTM, ago(85));
  await reach(v701.id, Milestone.GA, ago(80));
  await reach(v71.id, Milestone.BETA, ago(60), ReleaseBuildType.BETA_TYPE);
  await reach(v82.id, Milestone.EARLY_ACCESS, ago(45), ReleaseBuildType.BETA_TYPE);
  await reach(v82.id, Milestone.BETA, ago(20), ReleaseBuildType.BETA_TYPE);
  await reach(v71.id, Milestone.RC, ago(10));

  // Eon leaves the VRO program.
  await at(ago(60), (ctx) => membership.enrollments.terminate(ctx, { enrollmentId: partner.eonEnrollment, reason: 'partner left the program' }));

  // Acme buys a development consulting term.
  const consulting = await charge(acme, FeeKind.DEVELOPMENT_CONSULTING, ago(60));
  await pay(consulting.invoiceId, 600_000, ago(58));

  // ── Cirrus: certified on 7.0 Update 1, not yet published ────────────────────────────────
  const cirrusCertFee = await charge(cirrus, FeeKind.CERTIFICATION, ago(62));
  await pay(cirrusCertFee.invoiceId, 100_000, ago(61));
  await charge(cirrus, FeeKind.PROGRAM_ENTRANCE, ago(61), vro.id);
  const cirrusSoftware = await at(ago(55), (ctx) =>
    catalog.registerSoftware(ctx, {
      partnerId: cirrus,
      programId: vro.id,
      name: 'Cirrus Data Mobility Plug-in for Orchestrator',
      platformDependent: true,
      supportPolicyUrl: null,
    }),
  );
  const cirrusVersion = await at(ago(55), (ctx) =>
    catalog.registerVersion(ctx, { softwareId: cirrusSoftware.id, version: '2.0.0', releasedOn: dateOnly(ago(56)), releaseKind: SoftwareReleaseKind.MAJOR }),
  );
  const vroSlot = await at(ago(50), (ctx) =>
    review.createSlot(ctx, { programId: vro.id, startsAt: ago(40, -2), capacity: 3, note: 'Orchestrator plug-in review' }),
  );
  const cirrusReservation = await at(ago(45), (ctx) => review.reserveSlot(ctx, { slotId: vroSlot.id, partnerId: cirrus, capabilityMatrix: [] }));
  const cirrusSubmission = await at(ago(40), (ctx) =>
    review.submit(ctx, {
      versionId: cirrusVersion.id,
      releaseId: v701.id,
      reservationId: cirrusReservation.id,
      testResultsUrl: 'https://cirrus.example/vro/2.0.0/results.zip',
    }),
  );
  await at(ago(35), (ctx) => review.certify(ctx, { submissionId: cirrusSubmission.id, signedArtifactId: null }));
  await at(ago(30), async (ctx) => {
    // Readiness first: the listing re-reads it when a TOI item changes.
    await support.services.readiness.recordItem(ctx, {
      partnerId: cirrus,
      item: SupportReadinessItemKind.TECHNICAL_SUPPORT_CONTACT,
      personName: 'Kai Becker',
      email: 'kai@cirrus.example',
      details: null,
    });
    for (const item of TOI_ITEMS.PLUG_IN.slice(0, 5)) {
      await catalog.updateChecklistItem(ctx, {
        versionId: cirrusVersion.id,
        checklist: CertificationChecklistKind.TOI,
        itemKey: item.key,
        done: true,
        evidenceUrl: null,
        note: 'covered in the TOI session',
      });
    }
  });
  // Upcoming review slots.
  await at(now, async (ctx) => {
    await review.createSlot(ctx, {
      programId: sva.id,
      startsAt: new Date(dayStart(now).getTime() + 14 * DAY + 15 * HOUR),
      capacity: 4,
      note: 'SVA review board',
    });
    await review.createSlot(ctx, {
      programId: vro.id,
      startsAt: new Date(dayStart(now).getTime() + 30 * DAY + 15 * HOUR),
      capacity: 3,
      note: 'Orchestrator plug-in review',
    });
  });

  // ── RC feedback on 7.1 and a change notice ──────────────────────────────────────────────
  await at(ago(9), (ctx) => releases.rcFeedback.recordInstall(ctx, { releaseId: v71.id, partnerId: cirrus, installedAt: ago(9) }));
  await at(ago(4), (ctx) =>
    releases.rcFeedback.submitFeedback(ctx, {
      releaseId: v71.id,
      partnerId: cirrus,
      summary: 'Plug-in workflows pass on 7.1 RC; one release-blocking defect in the REST inventory endpoint.',
      items: [
        {
          classification: RcFeedbackClassification.RELEASE_BLOCKING,
          description: 'GET /inventory/datastores times out with more than 2,000 datastores',
          businessJustification: null,
        },
      ],
    }),
  );
  await at(ago(8), (ctx) => releases.rcFeedback.recordInstall(ctx, { releaseId: v71.id, partnerId: acme, installedAt: ago(8) })); // feedback owed
  await at(ago(10), (ctx) =>
    releases.changeNotices.file(ctx, {
      partnerId: acme,
      changeKind: PartnerChangeKind.UPDATE,
      softwareName: acmeSoftware.name,
      softwareVersion: '4.2.1',
      description: 'Maintenance update: faster test failover cleanup.',
      plannedReleaseAt: new Date(now.getTime() + 30 * DAY),
    }),
  );

  // ── Support: Acme's business-hours policy and its cases ─────────────────────────────────
  await at(ago(126), (ctx) =>
    support.services.policies.set(ctx, {
      partnerId: acme,
      tsanetGroupId: null,
      levels: [
        { severity: 1, name: 'Critical', description: 'Production down', responseMinutes: 60 },
        { severity: 2, name: 'High', description: 'Loss of primary function', responseMinutes: 120 },
        { severity: 3, name: 'Medium', description: 'Loss of secondary function, workaround exists', responseMinutes: 240 },
        { severity: 4, name: 'Low', description: 'Cosmetic or feature request', responseMinutes: null },
      ],
      coverage: {
        kind: SupportCoverageKind.BUSINESS_HOURS,
        timeZone: 'America/New_York',
        weeklyHours: [SupportWeekday.MONDAY, SupportWeekday.TUESDAY, SupportWeekday.WEDNESDAY, SupportWeekday.THURSDAY, SupportWeekday.FRIDAY].map(
          (weekday) => ({ weekday, opens: '08:00', closes: '18:00' }),
        ),
        holidays: [`${now.getUTCFullYear()}-12-25`, `${now.getUTCFullYear() + 1}-01-01`],
      },
    }),
  );
  const cases = support.services.cases;
  const report = (when: Date, severity: number, customerName: string, title: string, description: string) => {
    summary.supportCases++;
    return at(when, (ctx) =>
      cases.openCustomerReport(ctx, { partnerId: acme, softwareId: acmeSoftware.id, versionId: acmeVersion.id, severity, customerName, title, description }),
    );
  };
  const answered = await report(
    ago(12),
    1,
    'Globex Bank',
    'Failover plan stops at step 4',
    'Test failover of the finance protection group stops at "prepare storage".',
  );
  await at(ago(12, -0.5), (ctx) => cases.recordFirstResponse(ctx, { caseId: answered.id, respondedBy: 'Alex Rivera' }));
  await at(ago(11), (ctx) => cases.resolve(ctx, { caseId: answered.id, resolution: 'Array firmware 5.1 installed; failover completes.' }));
  // Opened a week ago and never answered: past its 2 business hours whatever the weekday.
  await report(ago(7), 2, 'Initech', 'Replication lag alarms', 'Replication lag alarms every night at 02:00 on the DR site.');
  await report(ago(1), 4, 'Umbrella Health', 'Feature request: per-VM reprotect', 'Customer asks for reprotect per virtual machine.');

  // ── Partner Connect: bookings, a lifecycle claim, a specialization, an audit ────────────
  const random = sequence(20_240_501);
  const fiscal = programYearOf(now, partnerConnect.config.fiscalYearStartMonth);
  const types = [['SUBSCRIPTION'], ['SAAS'], ['SUBSCRIPTION', 'NEW_LOGO'], ['SAAS', 'STRATEGIC_SOLUTION'], ['PERPETUAL_LICENSE'], ['SNS_RENEWAL']];
  const rows: Parameters<typeof pc.bookings.recordBatch>[1] = [];
  const plan: [string, string, Date, number, number][] = [
    // partner, code, entered, bookings, typical TCV in dollars
    [acme, 'ACM', ago(200), 150, 18_000],
    [borealis, 'BOR', ago(180), 100, 9_000],
    [cirrus, 'CIR', ago(90), 50, 4_000],
  ];
  for (const [partnerId, code, entered, count, typical] of plan) {
    // Two thirds in the current program year (what the dashboard counts), the rest before it.
    const recentFrom = Math.max(entered.getTime(), fiscal.start.getTime());
    for (let i = 0; i < count; i++) {
      const recent = i % 3 !== 0 || recentFrom >= now.getTime() - HOUR;
      const from = recent ? recentFrom : entered.getTime();
      const to = recent ? now.getTime() : Math.max(entered.getTime(), fiscal.start.getTime() - 1);
      const bookedAt = new Date(from + Math.floor(random() * Math.max(0, to - from)));
      const tcvMinor = Math.round(typical * (0.4 + random() * 1.2)) * 100 + Math.floor(random() * 100);
      rows.push({
        bookingId: `DEMO-${code}-${String(i + 1).padStart(4, '0')}`,
        partnerId,
        customerId: `CUST-${code}-${1 + Math.floor(random() * 40)}`,
        opportunityId: `OPP-${code}-${String(i + 1).padStart(4, '0')}`,
        solution: ['Disaster recovery', 'Hybrid cloud storage', 'Data protection', 'Workload mobility'][Math.floor(random() * 4)],
        tcvMinor,
        currency: 'USD',
        bookedAt,
        bookingTypes: types[Math.floor(random() * types.length)],
      });
    }
  }
  await at(now, async (ctx) => {
    const result = await pc.bookings.recordBatch(ctx, rows);
    await pc.participants.reevaluateMany(ctx, result.touchedPartnerIds);
    summary.bookings = result.recorded.length;
  });
  const claim = await at(ago(30), (ctx) =>
    pc.claims.submitLifecycleClaim(ctx, {
      partnerId: acme,
      activity: 'DEPLOYMENT',
      customerId: 'CUST-ACM-7',
      description: 'DR runbook deployed at Globex Bank',
    }),
  );
  await at(ago(25), (ctx) => pc.claims.decideLifecycleClaim(ctx, { claimId: claim.id, approve: true }));
  await at(ago(5), (ctx) =>
    pc.claims.submitLifecycleClaim(ctx, {
      partnerId: cirrus,
      activity: 'ASSESSMENT',
      customerId: 'CUST-CIR-3',
      description: 'Migration assessment for a retail customer',
    }),
  );
  // Capability points count from the program year they are recorded in: record them in this one.
  const thisYear = (days: number) => new Date(Math.max(fiscal.start.getTime(), ago(days).getTime()));
  await at(thisYear(30), (ctx) =>
    pc.credentials.record(ctx, {
      partnerId: acme,
      kind: PartnerConnectCredentialKind.SPECIALIZATION,
      name: 'Data Protection Specialization',
      validFrom: ago(100),
      validUntil: new Date(now.getTime() + 265 * DAY),
    }),
  );
  await at(thisYear(30), (ctx) =>
    pc.credentials.record(ctx, {
      partnerId: borealis,
      kind: PartnerConnectCredentialKind.SOLUTION_COMPETENCY,
      name: 'Cloud Networking Competency',
      validFrom: ago(150),
      validUntil: ago(2),
    }),
  );
  await at(now, (ctx) => pc.participants.reevaluateMany(ctx, [acme, borealis, cirrus]));
  // Borealis fails its audit 20 days ago: Community, with 70 days left in the 90-day window.
  const audit = await at(ago(22), (ctx) => pc.audits.start(ctx, { partnerId: borealis }));
  await at(ago(21), (ctx) =>
    pc.audits.recordRequirement(ctx, {
      auditId: audit.id,
      requirement: AuditRequirementCode.DUE_DILIGENCE_QUESTIONNAIRE,
      met: true,
      note: 'Questionnaire complete',
    }),
  );
  await at(ago(20), (ctx) => pc.audits.close(ctx, { auditId: audit.id }));

  // ── Host-pay billing for the Borealis group (its first year is due) ─────────────────────
  await at(now, (ctx) => fees.tsanetBilling.billHost(ctx, { groupId: setup.hostPaid.id }));

  await at(now, async (ctx) => {
    for (const partnerId of [acme, borealis, cirrus, delta, eon]) summary.invoices += (await fees.invoices.list(ctx, { partnerId, first: 100 })).edges.length;
    summary.listings.published = await ctx.em.countBy(Listing, { status: ListingStatus.PUBLISHED });
    summary.listings.unpublished = await ctx.em.countBy(Listing, { status: ListingStatus.CERTIFIED_UNPUBLISHED });
  });
  return summary;
}
