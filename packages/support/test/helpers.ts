import { Database, newId, RequestContext, Role, runUnitOfWork } from '@alliance/kernel';
import { createTestDatabase, FixedClock, RecordingBus, testContext } from '@alliance/testing';
import { createSupportModule, SoftwareVersionInfo, SupportModule, SupportPorts } from '../src';

/** Certification as support sees it: listed software and released versions, set by each test. */
export class FakeCertification {
  readonly listed = new Set<string>();
  readonly versions = new Map<string, SoftwareVersionInfo[]>();
  readonly isListedCalls: { softwareId: string; versionId?: string | null; partnerId: string; at: Date }[] = [];

  async isListed(_ctx: RequestContext, query: { softwareId: string; versionId?: string | null; partnerId: string; at: Date }): Promise<boolean> {
    this.isListedCalls.push(query);
    return this.listed.has(query.softwareId) || (query.versionId != null && this.listed.has(query.versionId));
  }

  async softwareVersions(_ctx: RequestContext, softwareId: string): Promise<SoftwareVersionInfo[]> {
    return this.versions.get(softwareId) ?? [];
  }
}

/** Fees as support sees it: invoices it issued, which are paid, and consulting terms. */
export class FakeFees {
  readonly charges: { partnerId: string; feeKind: string; reference: string; invoiceId: string }[] = [];
  readonly paid = new Set<string>();
  readonly consultingTerms = new Map<string, { from: Date; to: Date }>();

  async chargeFee(
    _ctx: RequestContext,
    request: { partnerId: string; feeKind: string; reference?: string | null },
  ): Promise<{ invoiceId: string; amount: { amountMinor: number; currency: string } }> {
    const invoiceId = newId();
    this.charges.push({ partnerId: request.partnerId, feeKind: request.feeKind, reference: request.reference ?? '', invoiceId });
    return { invoiceId, amount: { amountMinor: 50_000, currency: 'USD' } };
  }

  async isInvoicePaid(_ctx: RequestContext, invoiceId: string): Promise<boolean> {
    return this.paid.has(invoiceId);
  }

  async hasCurrentTerm(_ctx: RequestContext, query: { partnerId: string; at: Date }): Promise<boolean> {
    const term = this.consultingTerms.get(query.partnerId);
    return !!term && query.at.getTime() >= term.from.getTime() && query.at.getTime() <= term.to.getTime();
  }
}

export interface Harness {
  db: Database;
  clock: FixedClock;
  bus: RecordingBus;
  certification: FakeCertification;
  fees: FakeFees;
  module: SupportModule;
  /** A context on the shared clock and bus: admin by default. */
  ctx(options?: { role?: Role; partnerId?: string | null; scopes?: string[]; name?: string }): RequestContext;
}

export async function createHarness(start = '2026-01-05T12:00:00.000Z'): Promise<Harness> {
  const certification = new FakeCertification();
  const fees = new FakeFees();
  const ports: SupportPorts = { certification, fees };
  const module = createSupportModule(ports);
  const db = await createTestDatabase(module.entities);
  const clock = new FixedClock(start);
  const bus = new RecordingBus();
  return {
    db,
    clock,
    bus,
    certification,
    fees,
    module,
    ctx: (options = {}) => testContext(db, { clock, bus, ...options }),
  };
}

/** Runs a service call as one unit of work, like a resolver does. */
export function inTransaction<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  return runUnitOfWork(ctx, () => work());
}

export const partnerA = newId();
export const partnerB = newId();
export const engineer = { role: Role.SUPPORT_ENGINEER, name: 'Sam Support' } as const;
