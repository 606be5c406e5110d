import { asPorts, DomainModule, nodeTypes, readers } from '@alliance/kernel';
import { FEES_MIGRATIONS } from './migrations';
import { EntitlementEntry } from './entities/entitlement-entry.entity';
import { FeeRefund } from './entities/fee-refund.entity';
import { FeeWaiver } from './entities/fee-waiver.entity';
import { Fee } from './entities/fee.entity';
import { Invoice } from './entities/invoice.entity';
import { InvoiceLine } from './entities/invoice-line.entity';
import { Payment } from './entities/payment.entity';
import { FEES_ERROR_CODES } from './errors';
import { FEES_NOTICE_RULES } from './notices';
import type { FeesApi } from './contracts';
import { FeesPorts } from './ports';
import { EntitlementResolver } from './resolvers/entitlement.resolver';
import { FEES_READ_SCOPE, FeeScheduleResolver } from './resolvers/fee-schedule.resolver';
import { InvoiceResolver } from './resolvers/invoice.resolver';
import { TsanetBillingResolver } from './resolvers/tsanet-billing.resolver';
import { DEFAULT_FEE_SCHEDULE, FeeSeed } from './seeds';
import { EntitlementService } from './services/entitlement.service';
import { FeeScheduleService } from './services/fee-schedule.service';
import { FeesService } from './services/fees.service';
import { InvoiceService } from './services/invoice.service';
import { TsanetBillingService } from './services/tsanet-billing.service';

export const FEES_ENTITIES = [Fee, Invoice, InvoiceLine, Payment, FeeWaiver, FeeRefund, EntitlementEntry];

export interface FeesModule extends DomainModule {
  /** What other domains and package users call (see `contracts.ts`). */
  api: FeesApi;
  /** The service behind `api`, with fees' own extras (host-pay quotes). */
  service: FeesService;
  schedule: FeeScheduleService;
  invoices: InvoiceService;
  entitlements: EntitlementService;
  tsanetBilling: TsanetBillingService;
}

/** Builds the fees module around the ports the host application supplies. */
export function createFeesModule(given: FeesPorts, options: { seeds?: FeeSeed[] } = {}): FeesModule {
  // A rule broken behind another domain's API names that API's field, not one of this domain's inputs.
  const ports = asPorts(given);
  const schedule = new FeeScheduleService(options.seeds ?? DEFAULT_FEE_SCHEDULE);
  const entitlements = new EntitlementService();
  const invoices = new InvoiceService(schedule, entitlements, ports.membership);
  const tsanetBilling = new TsanetBillingService(schedule, invoices, ports.tsanetDirectory);
  const service = new FeesService(schedule, invoices, entitlements);
  return {
    name: 'fees',
    entities: FEES_ENTITIES,
    resolvers: [FeeScheduleResolver, InvoiceResolver, EntitlementResolver, TsanetBillingResolver],
    resolverInstances: [
      new FeeScheduleResolver(schedule),
      new InvoiceResolver(invoices),
      new EntitlementResolver(entitlements),
      new TsanetBillingResolver(tsanetBilling),
    ],
    errorCodes: FEES_ERROR_CODES,
    // Read by id as `invoice(id:)` reads them: a PARTNER key sees only its own partner's rows.
    // A fee of the schedule is not a node: the seeded defaults have no id.
    nodes: nodeTypes([Invoice, InvoiceLine, Payment, FeeWaiver, FeeRefund, EntitlementEntry], { readers: readers(FEES_READ_SCOPE) }),
    scopes: { [FEES_READ_SCOPE]: 'Read fee schedules, invoices, payments, waivers, refunds and entitlements.' },
    noticeRules: FEES_NOTICE_RULES,
    migrations: FEES_MIGRATIONS,
    api: service,
    service,
    schedule,
    invoices,
    entitlements,
    tsanetBilling,
  };
}
