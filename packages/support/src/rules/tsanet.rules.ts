import { addDays, MS_PER_DAY } from '@alliance/kernel';
import { TsanetMemberState, TsanetPaymentModel } from '../enums';
import { addCalendarMonths } from './obsolescence.rules';

/** SUP-9 member-paid renewal windows, in days around the renewal date (003). */
export const RENEWAL_HEADS_UP_DAYS = 45;
export const RENEWAL_INVOICE_DAYS = 30;
export const RENEWAL_GRACE_DAYS = 90;

/** Midnight UTC at the start of the renewal date. */
export function renewalInstant(renewalOn: string): Date {
  return new Date(`${renewalOn}T00:00:00.000Z`);
}

export function headsUpAt(renewalOn: string): Date {
  return addDays(renewalInstant(renewalOn), -RENEWAL_HEADS_UP_DAYS);
}

/** The renewal invoice is issued (and may be requested) from this instant. */
export function invoiceAt(renewalOn: string): Date {
  return addDays(renewalInstant(renewalOn), -RENEWAL_INVOICE_DAYS);
}

/** Renewal is accepted up to and including renewal + 90 days; one ms later the member is terminated. */
export function terminationAt(renewalOn: string): Date {
  return new Date(renewalInstant(renewalOn).getTime() + RENEWAL_GRACE_DAYS * MS_PER_DAY + 1);
}

/** Member-paid renewals fall yearly from the go-live date. */
export function nextRenewalOn(renewalOn: string): string {
  return addCalendarMonths(renewalOn, 12);
}

export function firstRenewalOn(liveOn: string): string {
  return addCalendarMonths(liveOn, 12);
}

/** The state a member is in at `now`: a live member-paid member past its grace period is terminated. */
export function effectiveMemberState(state: TsanetMemberState, payment: TsanetPaymentModel, renewalOn: string | null, now: Date): TsanetMemberState {
  if (state === TsanetMemberState.LIVE && payment === TsanetPaymentModel.MEMBER_PAID && renewalOn && now.getTime() >= terminationAt(renewalOn).getTime()) {
    return TsanetMemberState.TERMINATED;
  }
  return state;
}
