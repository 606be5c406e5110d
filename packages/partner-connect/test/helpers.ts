import { Actor, Database, FixedClock, newId, RequestContext, Role, runUnitOfWork } from '@alliance/kernel';
import { createTestDatabase, RecordingBus, commandsInUnits } from '@alliance/testing';
import { createPartnerConnectModule, PartnerConnectConfig, PartnerConnectModule, PartnerConnectPorts } from '../src';
import { BusinessModelKind } from '../src/enums';

/** In-test membership and fees: partners that exist, TAP members, invoices charged and paid. */
export class FakePorts implements PartnerConnectPorts {
  readonly partners = new Set<string>();
  readonly tapMembers = new Set<string>();
  readonly charges: { partnerId: string; feeKind: string; reference: string; invoiceId: string }[] = [];
  readonly paid = new Set<string>();

  membership = {
    tapMembershipActive: async (_ctx: RequestContext, q: { partnerId: string; at: Date }) => this.tapMembers.has(q.partnerId),
    partnerExists: async (_ctx: RequestContext, partnerId: string) => this.partners.has(partnerId),
  };

  fees = {
    chargeFee: async (
      _ctx: RequestContext,
      r: { partnerId: string; feeKind: 'PARTNER_CONNECT_ENROLLMENT' | 'PARTNER_CONNECT_REENROLLMENT'; reference: string },
    ) => {
      const invoiceId = `inv-${this.charges.length + 1}`;
      this.charges.push({ ...r, invoiceId });
      return { invoiceId, amount: { amountMinor: 99_500, currency: 'USD' } };
    },
    isInvoicePaid: async (_ctx: RequestContext, invoiceId: string) => this.paid.has(invoiceId),
  };

  newPartner(): string {
    const id = newId();
    this.partners.add(id);
    return id;
  }
}

export interface World {
  db: Database;
  clock: FixedClock;
  bus: RecordingBus;
  ports: FakePorts;
  module: PartnerConnectModule;
  /** A system/admin context. */
  ctx: RequestContext;
  as(role: Role, options?: { partnerId?: string | null; keyId?: string | null }): RequestContext;
}

export const START = '2026-03-02T10:00:00.000Z';

export async function world(config: Partial<PartnerConnectConfig> = {}, start = START): Promise<World> {
  const ports = new FakePorts();
  const module = createPartnerConnectModule(ports, config);
  const db = await createTestDatabase(module.entities);
  const clock = new FixedClock(start);
  const bus = new RecordingBus();
  const as = (role: Role, options: { partnerId?: string | null; keyId?: string | null } = {}) => {
    const actor: Actor = { keyId: options.keyId ?? null, name: `test ${role}`, role, partnerId: options.partnerId ?? null, scopes: [] };
    return new RequestContext({ db, clock, bus, actor });
  };
  const ctx = RequestContext.system(db, clock, bus);
  return { db, clock, bus, ports, module: commandsInUnits(module), ctx, as };
}

/** A partner in the program (Solution Reseller by default), its enrollment fee paid unless told otherwise. */
export async function enrolledPartner(w: World, options: { models?: BusinessModelKind[]; feePaid?: boolean } = {}): Promise<string> {
  const partnerId = w.ports.newPartner();
  const models = options.models ?? [BusinessModelKind.SOLUTION_RESELLER];
  for (const model of models) {
    await runUnitOfWork(w.ctx, () => w.module.services.participants.joinBusinessModel(w.ctx, { partnerId, model }));
  }
  if (options.feePaid !== false) {
    const charge = w.ports.charges.find((c) => c.partnerId === partnerId && c.feeKind === 'PARTNER_CONNECT_ENROLLMENT');
    if (charge) w.ports.paid.add(charge.invoiceId);
    await runUnitOfWork(w.ctx, () => w.module.services.participants.reevaluate(w.ctx, partnerId));
  }
  return partnerId;
}

let bookingSeq = 0;
export function booking(
  partnerId: string,
  overrides: Partial<{
    bookingId: string;
    customerId: string;
    opportunityId: string;
    solution: string;
    tcvMinor: number;
    currency: string;
    bookedAt: Date;
    bookingTypes: string[];
  }> = {},
) {
  bookingSeq += 1;
  return {
    bookingId: `B-${bookingSeq}-${newId().slice(-6)}`,
    partnerId,
    customerId: 'CUST-1',
    opportunityId: `OPP-${bookingSeq}`,
    solution: 'VCF',
    tcvMinor: 100_000_00,
    currency: 'USD',
    bookedAt: new Date(START),
    bookingTypes: ['SUBSCRIPTION'],
    ...overrides,
  };
}

export async function record(w: World, rows: ReturnType<typeof booking>[]) {
  return runUnitOfWork(w.ctx, async () => {
    const result = await w.module.services.bookings.recordBatch(w.ctx, rows);
    await w.module.services.participants.reevaluateMany(w.ctx, result.touchedPartnerIds);
    return result;
  });
}

export async function progression(w: World, partnerId: string, asOf?: Date) {
  return w.module.services.progression.progression(w.ctx, partnerId, asOf ?? w.clock.now());
}

export const DAY_MS = 86_400_000;
