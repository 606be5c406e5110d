import { NotFoundError, RequestContext, UserError } from '@alliance/kernel';
import { PartnerConnectConfig } from '../config';
import { Credential, PointsEntry } from '../entities';
import { PartnerConnectCredentialKind, PointsEntryKind, PointsEntrySource } from '../enums';
import { programYearOf } from '../rules/program-year.rules';
import { LedgerService } from './ledger.service';
import { ParticipantService } from './participants.service';
import { CREDENTIALS_OF_PARTNER } from './partner-rows.loaders';

/**
 * PC-13: credentials earn capability points while valid. The ledger entry carries the validity
 * period, so expiry stops the points at its last instant without any job; a revocation appends
 * a reversal valid from the revocation to the original end.
 */
export class CredentialService {
  constructor(
    private readonly config: PartnerConnectConfig,
    private readonly ledger: LedgerService,
    private readonly participants: ParticipantService,
  ) {}

  async record(
    ctx: RequestContext,
    input: { partnerId: string; kind: PartnerConnectCredentialKind; name: string; validFrom: Date; validUntil: Date },
  ): Promise<Credential> {
    await this.participants.require(ctx, input.partnerId);
    if (input.validUntil.getTime() <= input.validFrom.getTime()) {
      throw new UserError('CREDENTIAL_VALIDITY_INVALID', 'PC-13: validUntil must be after validFrom', 'validUntil');
    }
    const now = ctx.now();
    const credential = await ctx.em.save(
      Credential,
      ctx.em.create(Credential, { ...input, revokedAt: null, pointsThousandths: this.config.credentialPoints[input.kind] }),
    );
    await this.ledger.append(ctx, [
      {
        partnerId: input.partnerId,
        programYear: programYearOf(now, this.config.fiscalYearStartMonth).year,
        kind: PointsEntryKind.CAPABILITY,
        source: PointsEntrySource.CREDENTIAL,
        amount: credential.pointsThousandths,
        requestedAmount: null,
        capGroup: null,
        earnedAt: now,
        bookingId: null,
        reference: credential.id,
        reversesEntryId: null,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        note: `${input.kind}: ${input.name}`,
      },
    ]);
    await this.participants.reevaluate(ctx, input.partnerId);
    return credential;
  }

  async get(ctx: RequestContext, id: string): Promise<Credential> {
    const credential = await ctx.em.findOneBy(Credential, { id });
    if (!credential) throw new NotFoundError('PartnerConnectCredential', id);
    return credential;
  }

  async revoke(ctx: RequestContext, input: { credentialId: string }): Promise<Credential> {
    const credential = await this.get(ctx, input.credentialId);
    if (credential.revokedAt) throw new UserError('CREDENTIAL_ALREADY_REVOKED', 'PC-13: the credential was already revoked', 'credentialId');
    const now = ctx.now();
    credential.revokedAt = now;
    await ctx.em.update(Credential, { id: credential.id }, { revokedAt: now });
    const original = await ctx.em.findOneByOrFail(PointsEntry, { reference: credential.id, source: PointsEntrySource.CREDENTIAL });
    if (now.getTime() <= credential.validUntil.getTime()) {
      await this.ledger.append(ctx, [
        {
          partnerId: credential.partnerId,
          programYear: original.programYear,
          kind: PointsEntryKind.CAPABILITY,
          source: PointsEntrySource.REVERSAL,
          amount: -original.amount,
          requestedAmount: null,
          capGroup: null,
          earnedAt: now,
          bookingId: null,
          reference: credential.id,
          reversesEntryId: original.id,
          validFrom: now.getTime() > credential.validFrom.getTime() ? now : credential.validFrom,
          validUntil: credential.validUntil,
          note: `PC-13: ${credential.kind} ${credential.name} revoked`,
        },
      ]);
    }
    return credential;
  }

  list(ctx: RequestContext, partnerId: string): Promise<Credential[]> {
    if (!ctx.inTransaction) return CREDENTIALS_OF_PARTNER.of(ctx).load(partnerId);
    return ctx.em.find(Credential, { where: { partnerId }, order: { validUntil: 'ASC', id: 'ASC' } });
  }
}
