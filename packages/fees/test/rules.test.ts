import { addMonths } from '@alliance/kernel';
import { billableMembers, billingYearAt, DEFAULT_FEE_SCHEDULE, FeeKind, hostBillDueAt, invoiceStanding, InvoiceStatus, quoteHostPay } from '../src';
import { mayBeRefundable } from '../src/rules/fee-kind.rules';
import { nextTerm, termCovers } from '../src/rules/term.rules';
import { hostPayBandsProblem } from '../src/rules/host-pay.rules';

const bands = DEFAULT_FEE_SCHEDULE.find((fee) => fee.kind === FeeKind.TSANET_HOST_DUES)!.hostPayBands!;

describe('host-pay bands (FEE-5)', () => {
  it.each([
    [1, 20_000],
    [25, 20_000],
    [26, 15_000],
    [50, 15_000],
    [51, 10_000],
    [100, 10_000],
    [101, 7_500],
    [200, 7_500],
    [201, 5_000],
    [400, 5_000],
  ])('FEE-5: %i members are billed at %i cents each, the whole count at its band rate', (count, rate) => {
    const quote = quoteHostPay(count, bands);
    expect(quote.perMemberMinor).toBe(rate);
    expect(quote.totalMinor).toBe(count * rate);
  });

  it('FEE-5: 30 members cost 30 × $150 = $4,500 (the decision example)', () => {
    expect(quoteHostPay(30, bands).totalMinor).toBe(450_000);
  });

  it('FEE-5: 401 members are not priced and ask for a negotiated rate', () => {
    expect(() => quoteHostPay(401, bands)).toThrow(expect.objectContaining({ code: 'TSANET_NEGOTIATED_RATE_REQUIRED', field: 'memberCount' }));
    expect(() => quoteHostPay(401, bands)).toThrow(/negotiated/);
  });

  it('FEE-5: zero members is not a count to bill', () => {
    expect(() => quoteHostPay(0, bands)).toThrow(expect.objectContaining({ code: 'HOST_PAY_MEMBER_COUNT_INVALID' }));
  });

  it('FEE-5: band limits must rise', () => {
    expect(hostPayBandsProblem(bands)).toBeNull();
    expect(
      hostPayBandsProblem([
        { upToMembers: 50, perMemberMinor: 1 },
        { upToMembers: 50, perMemberMinor: 1 },
      ]),
    ).toMatch(/rise/);
    expect(hostPayBandsProblem([])).toMatch(/at least one/);
  });

  it('FEE-5: the snapshot leaves out Open Group members in a Custom relationship and counts each member once', () => {
    expect(billableMembers(['a', 'b', 'c', 'c', 'd'], ['b', 'x'])).toEqual(['a', 'c', 'd']);
  });

  it('FEE-5: the first bill falls exactly one year after the program start, then yearly', () => {
    const first = hostBillDueAt('2025-03-15', 1);
    expect(first.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(billingYearAt('2025-03-15', new Date(first.getTime() - 1))).toBeNull();
    expect(billingYearAt('2025-03-15', first)).toEqual({ year: 1, dueAt: first });
    const second = hostBillDueAt('2025-03-15', 2);
    expect(billingYearAt('2025-03-15', new Date(second.getTime() - 1))?.year).toBe(1);
    expect(billingYearAt('2025-03-15', second)?.year).toBe(2);
  });
});

describe('invoice standing (FEE-8)', () => {
  const sums = { lines: 100_000, payments: 0, waivers: 0, refunds: 0 };

  it('FEE-8: the balance is lines − payments − waivers + refunds', () => {
    expect(invoiceStanding({ lines: 100_000, payments: 60_000, waivers: 10_000, refunds: 5_000 }).balance).toBe(35_000);
  });

  it('FEE-8: status follows the ledger', () => {
    expect(invoiceStanding(sums).status).toBe(InvoiceStatus.OPEN);
    expect(invoiceStanding({ ...sums, payments: 99_999 }).status).toBe(InvoiceStatus.PARTIALLY_PAID);
    expect(invoiceStanding({ ...sums, payments: 100_000 })).toMatchObject({ status: InvoiceStatus.PAID, settled: true, balance: 0 });
    expect(invoiceStanding({ ...sums, payments: 40_000, waivers: 60_000 }).status).toBe(InvoiceStatus.PAID);
    expect(invoiceStanding({ ...sums, payments: 100_000, refunds: 100_000 })).toMatchObject({ status: InvoiceStatus.REFUNDED, settled: false });
    expect(invoiceStanding({ ...sums, payments: 100_000, refunds: 30_000 }).status).toBe(InvoiceStatus.PARTIALLY_PAID);
  });

  it('FEE-4: an invoice settled by waivers alone is WAIVED', () => {
    expect(invoiceStanding({ ...sums, waivers: 100_000 })).toMatchObject({ status: InvoiceStatus.WAIVED, settled: true });
    expect(invoiceStanding({ ...sums, waivers: 50_000 }).status).toBe(InvoiceStatus.PARTIALLY_PAID);
  });
});

describe('fee kinds', () => {
  it('FEE-6: enrollment, re-enrollment and renewal dues are never refundable; FEE-1: nor the entrance fee', () => {
    expect(mayBeRefundable(FeeKind.PARTNER_CONNECT_ENROLLMENT)).toBe(false);
    expect(mayBeRefundable(FeeKind.PARTNER_CONNECT_REENROLLMENT)).toBe(false);
    expect(mayBeRefundable(FeeKind.TSANET_MEMBER_DUES)).toBe(false);
    expect(mayBeRefundable(FeeKind.PROGRAM_ENTRANCE)).toBe(false);
    expect(mayBeRefundable(FeeKind.CERTIFICATION)).toBe(true);
    for (const seed of DEFAULT_FEE_SCHEDULE) if (seed.refundable) expect(mayBeRefundable(seed.kind)).toBe(true);
  });

  it('FEE-1: a development consulting term covers its end instant and not 1 ms after; a renewal starts when the current term ends', () => {
    const now = new Date('2026-01-31T10:00:00.000Z');
    const term = nextTerm(now, null, 12);
    expect(term.end.toISOString()).toBe('2027-01-31T10:00:00.000Z');
    expect(termCovers(term, term.start)).toBe(true);
    expect(termCovers(term, new Date(term.start.getTime() - 1))).toBe(false);
    expect(termCovers(term, term.end)).toBe(true);
    expect(termCovers(term, new Date(term.end.getTime() + 1))).toBe(false);
    const renewal = nextTerm(addMonths(now, 6), term.end, 12);
    expect(renewal.start).toEqual(term.end);
    expect(nextTerm(new Date(term.end.getTime() + 1), term.end, 12).start.getTime()).toBe(term.end.getTime() + 1);
  });
});
