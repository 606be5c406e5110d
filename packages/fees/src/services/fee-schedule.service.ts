import { IsNull } from 'typeorm';
import { RequestContext, UserError } from '@alliance/kernel';
import { EntitlementKind, FeeKind } from '../enums';
import { Fee } from '../entities/fee.entity';
import { buysTerm, isBilledFromSnapshot, mayBeRefundable } from '../rules/fee-kind.rules';
import { hostPayBandsProblem, quoteHostPay, HostPayQuoteResult } from '../rules/host-pay.rules';
import { DEFAULT_FEE_SCHEDULE, EntitlementGrant, FeeSeed, HostPayBand } from '../seeds';
import { FeeSchedule } from '../types/fee-schedule.type';

export interface SetFeeCommand {
  programId?: string | null;
  kind: FeeKind;
  amountMinor: number;
  currency: string;
  refundable: boolean;
  grants?: EntitlementGrant[] | null;
  termMonths?: number | null;
  hostPayBands?: HostPayBand[] | null;
  description?: string | null;
}

export const DEFAULT_TERM_MONTHS = 12;

function fromSeed(seed: FeeSeed): Fee {
  return Object.assign(new Fee(), {
    programId: null,
    kind: seed.kind,
    amountMinor: seed.amountMinor,
    currency: seed.currency,
    refundable: seed.refundable,
    grants: seed.grants.map((grant) => ({ ...grant })),
    termMonths: seed.termMonths,
    hostPayBands: seed.hostPayBands?.map((band) => ({ ...band })) ?? null,
    description: seed.description,
    setAt: null,
    setBy: null,
  });
}

/** Fee schedules (FEE-1): a program's own rows override the default schedule, which overrides the seeds. */
export class FeeScheduleService {
  constructor(private readonly seeds: FeeSeed[] = DEFAULT_FEE_SCHEDULE) {}

  /** The fee of a kind in force for a program (or the default when `programId` is null); null when none is set. */
  async effectiveFee(ctx: RequestContext, kind: FeeKind, programId: string | null = null): Promise<Fee | null> {
    if (programId) {
      const own = await this.latest(ctx, kind, programId);
      if (own) return own;
    }
    const general = await this.latest(ctx, kind, null);
    if (general) return general;
    const seed = this.seeds.find((candidate) => candidate.kind === kind);
    return seed ? fromSeed(seed) : null;
  }

  async schedule(ctx: RequestContext, programId: string | null): Promise<FeeSchedule> {
    const fees: Fee[] = [];
    for (const kind of Object.values(FeeKind)) {
      const fee = await this.effectiveFee(ctx, kind, programId);
      if (fee) fees.push(fee);
    }
    return Object.assign(new FeeSchedule(), { programId, fees });
  }

  /** Adds a schedule row; the latest row of a (program, kind) is the one in force. */
  async setFee(ctx: RequestContext, command: SetFeeCommand): Promise<Fee> {
    const kind = command.kind;
    if (command.refundable && !mayBeRefundable(kind)) {
      throw new UserError('FEE_NOT_REFUNDABLE_KIND', `FEE-1/FEE-6: ${kind} fees are never refundable`, 'refundable');
    }
    const bands = command.hostPayBands ?? null;
    if (isBilledFromSnapshot(kind)) {
      if (!bands) throw new UserError('FEE_SCHEDULE_INVALID', 'FEE-5: host-pay dues are priced by member-count bands; give hostPayBands', 'hostPayBands');
      const problem = hostPayBandsProblem(bands);
      if (problem) throw new UserError('FEE_SCHEDULE_INVALID', `FEE-5: ${problem}`, 'hostPayBands');
      if (command.programId) {
        throw new UserError('FEE_SCHEDULE_INVALID', 'FEE-5: host-pay bands are set on the default schedule (programId null)', 'programId');
      }
    } else if (bands) {
      throw new UserError('FEE_SCHEDULE_INVALID', 'only TSANet host dues are priced by bands', 'hostPayBands');
    }
    if (command.termMonths != null && !buysTerm(kind)) {
      throw new UserError('FEE_SCHEDULE_INVALID', `${kind} fees do not buy a service term`, 'termMonths');
    }
    const grants = command.grants ?? [];
    const seen = new Set<EntitlementKind>();
    for (const grant of grants) {
      if (seen.has(grant.kind)) throw new UserError('FEE_SCHEDULE_INVALID', `grant ${grant.kind} is listed twice`, 'grants');
      seen.add(grant.kind);
    }
    const previous = await this.effectiveFee(ctx, kind, command.programId ?? null);
    const fee = ctx.em.create(Fee, {
      programId: command.programId ?? null,
      kind,
      amountMinor: command.amountMinor,
      currency: command.currency,
      refundable: command.refundable,
      grants: grants.map((grant) => ({ kind: grant.kind, quantity: grant.quantity })),
      termMonths: buysTerm(kind) ? (command.termMonths ?? previous?.termMonths ?? DEFAULT_TERM_MONTHS) : null,
      hostPayBands: bands ? bands.map((band) => ({ upToMembers: band.upToMembers, perMemberMinor: band.perMemberMinor })) : null,
      description: command.description?.trim() || previous?.description || kind,
      setAt: ctx.now(),
      setBy: ctx.actor.name,
    });
    return ctx.em.save(Fee, fee);
  }

  /** FEE-5: host-pay dues for a member count, from the bands in force. */
  async hostPayQuote(ctx: RequestContext, memberCount: number, field = 'memberCount'): Promise<{ quote: HostPayQuoteResult; fee: Fee }> {
    const fee = await this.effectiveFee(ctx, FeeKind.TSANET_HOST_DUES, null);
    if (!fee?.hostPayBands) throw new UserError('FEE_NOT_SCHEDULED', 'FEE-5: no host-pay bands are set', field);
    return { quote: quoteHostPay(memberCount, fee.hostPayBands, field), fee };
  }

  private async latest(ctx: RequestContext, kind: FeeKind, programId: string | null): Promise<Fee | null> {
    return ctx.em.findOne(Fee, {
      where: { kind, programId: programId === null ? IsNull() : programId },
      order: { setAt: 'DESC', id: 'DESC' },
    });
  }
}
