import { Column, Entity, MoreThan } from 'typeorm';
import {
  Database,
  subscribeReactions,
  domainEvent,
  FixedClock,
  IdColumn,
  Identified,
  newId,
  RequestContext,
  Role,
  UserError,
  runUnitOfWork,
} from '@alliance/kernel';
import type { MilestoneName, ReleaseKindName } from '@alliance/releases/contracts';
import { createTestDatabase, RecordingBus, testContext } from '@alliance/testing';
import {
  CertificationAcceptanceLevel,
  CertificationChecklistKind,
  CertificationPorts,
  CertificationQuestionnaireKind,
  createCertificationModule,
  SoftwareReleaseKind,
  TOI_ITEMS,
} from '../src';

/** The fees domain as seen from certification: a tiny ledger in the same database, so rollbacks show. */
@Entity('test_cert_entitlement')
export class TestEntitlement extends Identified {
  @IdColumn()
  partnerId: string;

  @Column({ type: 'integer' })
  remaining: number;
}

@Entity('test_cert_consumption')
export class TestConsumption extends Identified {
  @IdColumn()
  partnerId: string;

  @Column({ type: 'varchar', length: 200 })
  reference: string;
}

@Entity('test_cert_charge')
export class TestCharge extends Identified {
  @IdColumn()
  partnerId: string;

  @Column({ type: 'varchar', length: 40 })
  feeKind: string;

  @Column({ type: 'varchar', length: 200 })
  reference: string;

  @Column({ type: 'integer' })
  amountMinor: number;
}

export interface FakeRelease {
  milestone: MilestoneName;
  productId: string;
  version: string;
  kind: ReleaseKindName;
  firstMilestoneAt: Date;
}

export class FakeWorld {
  releases = new Map<string, FakeRelease>();
  activeEnrollments = new Set<string>();
  readiness = new Map<string, { ready: boolean; missing: string[] }>();

  ports: CertificationPorts = {
    releases: {
      activityAllowed: async (_ctx, { releaseId }) => {
        const release = this.releases.get(releaseId);
        if (!release) return { allowed: false, reasonCode: 'RELEASE_NOT_FOUND', milestone: null, productId: null, version: null, buildType: null };
        const allowed = release.milestone === 'RC' || release.milestone === 'GA';
        return {
          allowed,
          reasonCode: allowed ? null : 'ACTIVITY_NOT_ALLOWED_AT_MILESTONE',
          milestone: release.milestone,
          productId: release.productId,
          version: release.version,
          buildType: 'RELEASE_TYPE',
        };
      },
      productReleases: async (_ctx, productIds) =>
        [...this.releases.entries()]
          .filter(([, release]) => productIds.includes(release.productId))
          .map(([releaseId, release]) => ({
            releaseId,
            productId: release.productId,
            kind: release.kind,
            version: release.version,
            firstMilestoneAt: release.firstMilestoneAt,
          })),
    },
    membership: {
      enrollmentStatus: async (_ctx, { partnerId, programId }) => {
        const active = this.activeEnrollments.has(`${partnerId}:${programId}`);
        return { active, reasonCode: active ? null : 'ENROLLMENT_EXPIRED' };
      },
    },
    fees: {
      consumeEntitlement: async (ctx, { partnerId, reference }) => {
        const row = await ctx.em.findOne(TestEntitlement, { where: { partnerId, remaining: MoreThan(0) }, order: { id: 'ASC' } });
        if (!row || row.remaining <= 0)
          throw new UserError('ENTITLEMENT_EXHAUSTED', 'no certification submission entitlement left; buy the certification fee', null);
        row.remaining -= 1;
        await ctx.em.save(row);
        const consumption = await ctx.em.save(ctx.em.create(TestConsumption, { partnerId, reference }));
        return { consumptionId: consumption.id };
      },
      chargeFee: async (ctx, { partnerId, feeKind, reference }) => {
        const charge = await ctx.em.save(ctx.em.create(TestCharge, { partnerId, feeKind, reference: reference ?? '', amountMinor: 12_500 }));
        return { invoiceId: charge.id, amount: { amountMinor: 12_500, currency: 'USD' } };
      },
    },
    support: {
      supportReadiness: async (_ctx, partnerId) => this.readiness.get(partnerId) ?? { ready: false, missing: ['DESIGNATED_SUPPORT_CONTACT'] },
    },
  };
}

export async function setup(options: { artifactStorageDir?: string } = {}) {
  const world = new FakeWorld();
  const module = createCertificationModule(world.ports, options);
  const db: Database = await createTestDatabase([...module.entities, TestEntitlement, TestConsumption, TestCharge]);
  const clock = new FixedClock('2026-03-02T09:00:00.000Z');
  const bus = new RecordingBus();
  subscribeReactions([module], bus, () => RequestContext.system(db, clock, bus));
  const admin = testContext(db, { clock, bus });
  const reviewer = testContext(db, { clock, bus, role: Role.CERTIFICATION_REVIEWER, name: 'reviewer' });
  const partnerA = newId();
  const partnerB = newId();
  const programId = newId();
  const ctxFor = (partnerId: string) => testContext(db, { clock, bus, role: Role.PARTNER, partnerId, name: `partner ${partnerId.slice(0, 4)}` });
  const { catalog, review, listings, recertification } = module.services;

  const tx = <T>(ctx: RequestContext, work: () => Promise<T>) => runUnitOfWork(ctx, work);

  async function givePolicy(kind = CertificationQuestionnaireKind.CLI_API, extra: { signsSoftware?: boolean; hasReadyLogo?: boolean } = {}) {
    return tx(admin, () =>
      catalog.setProgramPolicy(admin, {
        programId,
        acceptanceLevel: CertificationAcceptanceLevel.ACCEPTED,
        questionnaireKind: kind,
        signsSoftware: extra.signsSoftware ?? false,
        hasReadyLogo: extra.hasReadyLogo ?? true,
      }),
    );
  }

  async function grantEntitlements(partnerId: string, remaining: number) {
    await db.manager.save(db.manager.create(TestEntitlement, { partnerId, remaining }));
  }

  async function remainingEntitlements(partnerId: string): Promise<number> {
    return (await db.manager.findBy(TestEntitlement, { partnerId })).reduce((sum, row) => sum + row.remaining, 0);
  }

  function addRelease(milestone: MilestoneName, productId = newId(), version = '8.0.0', kind: ReleaseKindName = 'MAJOR'): string {
    const releaseId = newId();
    world.releases.set(releaseId, { milestone, productId, version, kind, firstMilestoneAt: clock.now() });
    return releaseId;
  }

  async function softwareWithVersion(
    partnerId: string,
    values: { version?: string; releasedOn?: string; platformDependent?: boolean; supportPolicyUrl?: string | null } = {},
  ) {
    const ctx = ctxFor(partnerId);
    const software = await tx(ctx, () =>
      catalog.registerSoftware(ctx, {
        partnerId,
        programId,
        name: 'Array Replication Adapter',
        platformDependent: values.platformDependent ?? true,
        supportPolicyUrl: values.supportPolicyUrl === undefined ? null : values.supportPolicyUrl,
      }),
    );
    const version = await tx(ctx, () =>
      catalog.registerVersion(ctx, {
        softwareId: software.id,
        version: values.version ?? '2.1.0.4',
        releasedOn: values.releasedOn ?? '2026-02-01',
        releaseKind: SoftwareReleaseKind.MINOR,
      }),
    );
    return { software, version };
  }

  async function reservation(partnerId: string, startsAt = new Date('2026-03-10T15:00:00.000Z'), capacity = 5) {
    const slot = await tx(admin, () => review.createSlot(admin, { programId, startsAt, capacity }));
    const ctx = ctxFor(partnerId);
    const reserved = await tx(ctx, () => review.reserveSlot(ctx, { slotId: slot.id, partnerId, capabilityMatrix: [] }));
    return { slot, reservation: reserved };
  }

  /** Everything for a certifiable submission by a partner: policy, enrollment, entitlement, software, slot. */
  async function readyToSubmit(partnerId = partnerA, entitlements = 1) {
    if (!(await catalog.policy(admin, programId))) await givePolicy();
    world.activeEnrollments.add(`${partnerId}:${programId}`);
    await grantEntitlements(partnerId, entitlements);
    const { software, version } = await softwareWithVersion(partnerId, { supportPolicyUrl: 'https://partner.example/support-policy' });
    const { reservation: reserved } = await reservation(partnerId);
    return { software, version, reservation: reserved };
  }

  async function submitted(partnerId = partnerA, milestone: MilestoneName = 'RC', productId = newId(), releaseId = addRelease(milestone, productId)) {
    const ready = await readyToSubmit(partnerId);
    const ctx = ctxFor(partnerId);
    const submission = await tx(ctx, () =>
      review.submit(ctx, {
        versionId: ready.version.id,
        releaseId,
        reservationId: ready.reservation.id,
        testResultsUrl: 'https://partner.example/results.zip',
      }),
    );
    return { ...ready, releaseId, productId, submission };
  }

  async function completeToi(partnerId: string, versionId: string, kind = CertificationQuestionnaireKind.CLI_API) {
    const ctx = ctxFor(partnerId);
    for (const item of TOI_ITEMS[kind]) {
      await tx(ctx, () => catalog.updateChecklistItem(ctx, { versionId, checklist: CertificationChecklistKind.TOI, itemKey: item.key, done: true }));
    }
  }

  async function certified(partnerId = partnerA, productId = newId(), releaseId?: string) {
    const s = await submitted(partnerId, 'GA', productId, releaseId ?? addRelease('GA', productId));
    const { listing } = await tx(reviewer, () => review.certify(reviewer, { submissionId: s.submission.id }));
    return { ...s, listing };
  }

  async function publishedListing(partnerId = partnerA, productId = newId(), releaseId?: string) {
    world.readiness.set(partnerId, { ready: true, missing: [] });
    const c = await certified(partnerId, productId, releaseId);
    await completeToi(partnerId, c.version.id);
    const listing = await listings.listing(admin, c.listing.id);
    return { ...c, listing };
  }

  const publish = (type: string, payload: Record<string, unknown>, partnerId: string | null = null) =>
    bus.publish([domainEvent(type, clock.now(), payload, partnerId)]);

  return {
    world,
    module,
    db,
    clock,
    bus,
    admin,
    reviewer,
    partnerA,
    partnerB,
    programId,
    ctxFor,
    catalog,
    review,
    listings,
    recertification,
    tx,
    givePolicy,
    grantEntitlements,
    remainingEntitlements,
    addRelease,
    softwareWithVersion,
    reservation,
    readyToSubmit,
    submitted,
    completeToi,
    certified,
    publishedListing,
    publish,
  };
}

export type Fixture = Awaited<ReturnType<typeof setup>>;

/** Awaits a promise expected to fail with a UserError and returns it. */
export async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}
