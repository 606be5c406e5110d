import { Money, RequestContext, toDateOnly, UserError } from '@alliance/kernel';
import { FeeKind } from '../enums';
import { Invoice } from '../entities/invoice.entity';
import { TsanetDirectoryPort } from '../ports';
import { billableMembers, billingYearAt, hostBillDueAt } from '../rules/host-pay.rules';
import { FeeScheduleService } from './fee-schedule.service';
import { InvoiceService } from './invoice.service';

export interface BillTsanetHostCommand {
  groupId: string;
}

/** FEE-5: yearly TSANet host-pay invoices from a snapshot of the group's Limited members. */
export class TsanetBillingService {
  constructor(
    private readonly schedule: FeeScheduleService,
    private readonly invoices: InvoiceService,
    private readonly directory: TsanetDirectoryPort,
  ) {}

  /**
   * Bills the group's host for the billing year the clock is in: the first falls one year
   * after the program start date, then one per year; the same year is never billed twice.
   */
  async billHost(ctx: RequestContext, command: BillTsanetHostCommand): Promise<Invoice> {
    await ctx.db.lock(ctx.em, `tsanet-host-bill:${command.groupId}`);
    const now = ctx.now();
    const group = await this.directory.tsanetGroup(ctx, command.groupId, now);
    if (!group) throw new UserError('TSANET_GROUP_NOT_FOUND', `no TSANet group ${command.groupId}`, 'groupId');
    const year = billingYearAt(group.programStartDate, now);
    if (!year) {
      const first = hostBillDueAt(group.programStartDate, 1);
      throw new UserError(
        'TSANET_BILL_NOT_DUE',
        `FEE-5: the first host invoice of group ${group.groupId} falls on ${toDateOnly(first)}, one year after its program start on ${group.programStartDate}`,
        'groupId',
      );
    }
    if (await ctx.em.exists(Invoice, { where: { tsanetGroupId: group.groupId, billingYear: year.year } })) {
      throw new UserError(
        'TSANET_ALREADY_BILLED',
        `FEE-5: group ${group.groupId} was already billed for year ${year.year} (from ${toDateOnly(year.dueAt)}); the next bill falls on ${toDateOnly(hostBillDueAt(group.programStartDate, year.year + 1))}`,
        'groupId',
      );
    }
    const members = billableMembers(group.limitedMemberIds, group.excludedOpenGroupMemberIds);
    const excluded = [...new Set(group.excludedOpenGroupMemberIds)].sort();
    const { quote, fee } = await this.schedule.hostPayQuote(ctx, members.length, 'groupId');
    const perMember = Money.of(quote.perMemberMinor, fee.currency);
    return this.invoices.issue(
      ctx,
      {
        partnerId: group.hostPartnerId,
        currency: fee.currency,
        tsanetGroupId: group.groupId,
        billingYear: year.year,
        programStartDate: group.programStartDate,
        snapshotMemberIds: members,
        excludedMemberIds: excluded,
      },
      [
        {
          feeKind: FeeKind.TSANET_HOST_DUES,
          feeId: fee.id ?? null,
          description: `TSANet host-pay dues, year ${year.year} from ${toDateOnly(year.dueAt)}: ${members.length} Limited members at ${perMember.toString()} each`,
          quantity: members.length,
          unitAmountMinor: quote.perMemberMinor,
          amountMinor: quote.totalMinor,
          refundable: false,
          grants: [],
          programId: null,
          programVersion: null,
          reference: group.groupId,
          termStart: null,
          termEnd: null,
        },
      ],
    );
  }
}
