import { In } from 'typeorm';
import { loadByParent, LoaderDefinition, Maybe, maybeThen, NotFoundError, RequestContext, rowsByParent, UserError } from '@alliance/kernel';
import { Agreement, AgreementKind } from '../entities/agreement.entity';
import { Enrollment, EnrollmentState } from '../entities/enrollment.entity';
import { EnrollmentStateChange } from '../entities/enrollment-state-change.entity';
import { Program, ProgramKind } from '../entities/program.entity';
import { ProgramVersion } from '../entities/program-version.entity';
import { NetworkMembershipKind } from '../entities/tap-membership.entity';
import { EnrollmentChangedPayload, MembershipEvents, membershipEvent } from '../events';
import { EnrollPartnerInput, SignAgreementInput, TerminateEnrollmentInput } from '../inputs/enrollment.input';
import { PublishProgramVersionInput } from '../inputs/program.input';
import { enrollmentTerm, governingClause, GoverningClause, missingAgreements, requiredAgreements } from '../rules/agreements.rules';
import { canMove, effectiveState, EnrollmentInactiveReason, EnrollmentNotInForce, inactiveReason, stateNow } from '../rules/enrollment.rules';
import { isMembershipActive, Requirement, unmetRequirements } from '../rules/requirements.rules';
import { PartnerService } from './partner.service';
import { clauseMap, ProgramService } from './program.service';

export interface MemberShortfall {
  enrollment: Enrollment;
  unmet: Requirement[];
}

export interface EnrollmentStatus {
  active: boolean;
  reasonCode: EnrollmentInactiveReason | null;
  enrollmentId: string | null;
}

/** States in which a partner still holds (or is gaining) a place in a program. */
const LIVE_STATES = [EnrollmentState.PENDING, EnrollmentState.ACTIVE, EnrollmentState.SUSPENDED];

/** A partner's enrollments, oldest first (the loader behind `Partner.enrollments`). */
const ENROLLMENTS = rowsByParent(Enrollment, 'partnerId', { order: { createdAt: 'ASC', id: 'ASC' } });

/**
 * The same, reading only some columns, and with each enrollment's program (only the columns a
 * page shows of it) read in the same statement: one definition per set of columns a page asked for.
 */
const narrowedEnrollments = new Map<string, LoaderDefinition<Enrollment[]>>();

/** The program a page's enrollment was read with (only the columns the page shows), when the page read them together. */
const PAGE_PROGRAM = Symbol('membership.pageProgram');
type ListedEnrollment = Enrollment & { [PAGE_PROGRAM]?: Program | null };

function enrollmentsReading(columns: (keyof Enrollment & string)[] | null, programColumns: (keyof Program & string)[] | null): LoaderDefinition<Enrollment[]> {
  if (!columns && !programColumns) return ENROLLMENTS;
  const key = `${columns ? [...columns].sort().join(',') : '*'}|${programColumns ? [...programColumns].sort().join(',') : '-'}`;
  let definition = narrowedEnrollments.get(key);
  if (!definition) {
    definition = rowsByParent(Enrollment, 'partnerId', {
      order: { createdAt: 'ASC', id: 'ASC' },
      columns: columns ?? undefined,
      join: programColumns ? { entity: Program, on: 'programId', columns: programColumns, into: PAGE_PROGRAM } : undefined,
    });
    narrowedEnrollments.set(key, definition);
  }
  return definition;
}

/**
 * Which reading of the enrollments a listed partner's `enrollments` field answers from (the one
 * its page preloaded), kept on the partner row itself under a symbol: a page sets it fifty
 * times, and a WeakMap entry costs more to make and to collect.
 */
const PAGE_ENROLLMENTS = Symbol('membership.pageEnrollments');
type ListedPartner = { id: string; [PAGE_ENROLLMENTS]?: LoaderDefinition<Enrollment[]> };

function enrollmentLoader(ctx: RequestContext) {
  return ENROLLMENTS.of(ctx);
}

export class EnrollmentService {
  constructor(
    private readonly partners: PartnerService,
    private readonly programs: ProgramService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Enrollment> {
    const enrollment = await ctx.em.findOneBy(Enrollment, { id });
    if (!enrollment || !ctx.canSeePartner(enrollment.partnerId)) throw new NotFoundError('Enrollment', id);
    return enrollment;
  }

  private async require(ctx: RequestContext, id: string, field = 'enrollmentId'): Promise<Enrollment> {
    const enrollment = await ctx.em.findOneBy(Enrollment, { id });
    if (!enrollment || !ctx.canSeePartner(enrollment.partnerId)) {
      throw new UserError('ENROLLMENT_NOT_FOUND', `no enrollment ${id}`, field);
    }
    return enrollment;
  }

  /** The state as recorded, moved by the clock (MEM-4): what state changes start from. */
  state(ctx: RequestContext, enrollment: Enrollment): EnrollmentState {
    return effectiveState(enrollment.recordedState, enrollment.termEndsAt, ctx.now());
  }

  /**
   * MEM-1, MEM-4, MEM-10: what an integrator reads now: the state (SUSPENDED while the partner
   * holds no active TAP membership), whether the membership is in force, and why not.
   */
  /** The program of an enrollment: the one its page read with it, or through the request's batch of programs. */
  programOf(ctx: RequestContext, enrollment: Enrollment): Maybe<Program | null> {
    const listed = (enrollment as ListedEnrollment)[PAGE_PROGRAM];
    return listed !== undefined ? listed : this.programs.load(ctx, enrollment.programId);
  }

  /** MEM-1, MEM-4: the state now alone (what a page of enrollments shows), without the reason `standingNow` also works out. */
  stateNowOf(ctx: RequestContext, enrollment: Enrollment): Maybe<EnrollmentState> {
    const now = ctx.now();
    return maybeThen(this.partners.terms(ctx, enrollment.partnerId, NetworkMembershipKind.TAP), (memberships) =>
      stateNow(
        enrollment,
        memberships.some((m) => isMembershipActive(m, now)),
        now,
      ),
    );
  }

  standingNow(ctx: RequestContext, enrollment: Enrollment): Maybe<{ state: EnrollmentState; inForce: boolean; reason: EnrollmentNotInForce | null }> {
    const now = ctx.now();
    // The partner's TAP memberships through the same per-request batch as `Partner.tapActive`:
    // a page of partners with their enrollments reads them once, and then answers at once.
    return maybeThen(this.partners.terms(ctx, enrollment.partnerId, NetworkMembershipKind.TAP), (memberships) => {
      const tapActive = memberships.some((m) => isMembershipActive(m, now));
      const reason = inactiveReason(enrollment, tapActive, now);
      return { state: stateNow(enrollment, tapActive, now), inForce: reason === null, reason: (reason as EnrollmentNotInForce | null) ?? null };
    });
  }

  /** MEM-1, MEM-5, MEM-10: a PENDING enrollment that waits for its agreements. */
  async enroll(ctx: RequestContext, input: EnrollPartnerInput): Promise<Enrollment> {
    ctx.assertCanActForPartner(input.partnerId, 'Partner', input.partnerId);
    await this.partners.require(ctx, input.partnerId);
    const program = await this.programs.require(ctx, input.programId);
    await ctx.db.lock(ctx.em, `enrollment:${input.partnerId}:${input.programId}`);
    const now = ctx.now();
    const existing = await ctx.em.findBy(Enrollment, { partnerId: input.partnerId, programId: input.programId });
    if (existing.some((e) => LIVE_STATES.includes(this.state(ctx, e)))) {
      throw new UserError('ALREADY_ENROLLED', `the partner already has a live enrollment in ${program.code}`, 'programId');
    }
    const standing = await this.partners.standing(ctx, input.partnerId, now);
    if (!standing.tapActive) {
      throw new UserError('TAP_MEMBERSHIP_REQUIRED', 'the partner needs an active TAP membership to enroll in any program', 'partnerId');
    }
    const version = await this.programs.version(ctx, program.id, program.currentVersion);
    const unmet = unmetRequirements(version.requirements, standing);
    if (unmet.length) {
      throw new UserError('REQUIREMENTS_UNMET', `the partner does not meet ${program.code} v${version.version}: ${unmet.join(', ')}`, 'partnerId');
    }
    const enrollment = await ctx.em.save(
      ctx.em.create(Enrollment, {
        partnerId: input.partnerId,
        programId: program.id,
        programVersion: version.version,
        recordedState: EnrollmentState.PENDING,
        termStartsAt: null,
        termEndsAt: null,
        createdAt: now,
      }),
    );
    await this.recordChange(ctx, enrollment, null, EnrollmentState.PENDING, 'enrolled; waiting for signed agreements');
    return enrollment;
  }

  async required(ctx: RequestContext, enrollment: Enrollment): Promise<AgreementKind[]> {
    const partner = await this.partners.load(ctx, enrollment.partnerId);
    const program = await this.programs.load(ctx, enrollment.programId);
    if (!partner || !program) return [];
    return requiredAgreements(partner.joinedOn, program.agreementCutoffDate);
  }

  agreements(ctx: RequestContext, enrollmentId: string): Promise<Agreement[]> {
    return loadByParent(ctx, Agreement, 'enrollmentId', { order: { signedAt: 'ASC' } }).load(enrollmentId);
  }

  async missing(ctx: RequestContext, enrollment: Enrollment): Promise<AgreementKind[]> {
    const required = await this.required(ctx, enrollment);
    const signed = await this.agreements(ctx, enrollment.id);
    return missingAgreements(
      required,
      signed.filter((a) => !a.terminatedAt).map((a) => a.kind),
    );
  }

  /** MEM-2, MEM-4: the last required signature activates the enrollment for the agreements' term. */
  async sign(ctx: RequestContext, input: SignAgreementInput): Promise<{ agreement: Agreement; enrollment: Enrollment }> {
    const enrollment = await this.require(ctx, input.enrollmentId);
    ctx.assertCanActForPartner(enrollment.partnerId, 'Enrollment', enrollment.id);
    const state = this.state(ctx, enrollment);
    if (state === EnrollmentState.TERMINATED) {
      throw new UserError('ENROLLMENT_STATE_INVALID', 'a terminated enrollment cannot be signed; enroll again', 'enrollmentId');
    }
    if (input.termEndsAt.getTime() < input.termStartsAt.getTime()) {
      throw new UserError('MEMBERSHIP_TERM_INVALID', 'termEndsAt must not be before termStartsAt', 'termEndsAt');
    }
    const required = await this.required(ctx, enrollment);
    if (input.kind !== AgreementKind.PROGRAM_GUIDE && !required.includes(input.kind)) {
      throw new UserError('AGREEMENT_NOT_REQUIRED', `this enrollment needs ${required.join(' and ')}, not ${input.kind}`, 'kind');
    }
    const current = (await ctx.em.findBy(Agreement, { enrollmentId: enrollment.id })).filter((a) => !a.terminatedAt);
    const now = ctx.now();
    // A renewal re-signs an agreement whose term is over; a live one cannot be signed twice.
    const live = current.find((a) => a.kind === input.kind && a.termEndsAt.getTime() >= now.getTime());
    if (live) throw new UserError('AGREEMENT_ALREADY_SIGNED', `${input.kind} is already signed until ${live.termEndsAt.toISOString()}`, 'kind');
    const agreement = await ctx.em.save(
      ctx.em.create(Agreement, {
        enrollmentId: enrollment.id,
        partnerId: enrollment.partnerId,
        kind: input.kind,
        documentVersion: input.documentVersion ?? null,
        termStartsAt: input.termStartsAt,
        termEndsAt: input.termEndsAt,
        signedAt: now,
        signedBy: input.signedBy,
        clauses: clauseMap(input.clauses),
        terminatedAt: null,
      }),
    );
    const signed = [...current.filter((a) => a.kind !== input.kind || a.termEndsAt.getTime() >= now.getTime()), agreement];
    const latestByKind = required.map((kind) => signed.filter((a) => a.kind === kind).sort((a, b) => b.termEndsAt.getTime() - a.termEndsAt.getTime())[0]);
    if (latestByKind.every(Boolean)) {
      const term = enrollmentTerm(latestByKind as Agreement[]);
      if (!term) throw new UserError('MEMBERSHIP_TERM_INVALID', "the agreements' terms do not overlap", 'termStartsAt');
      enrollment.termStartsAt = term.startsAt;
      enrollment.termEndsAt = term.endsAt;
      if (state !== EnrollmentState.ACTIVE && state !== EnrollmentState.SUSPENDED) {
        const from = enrollment.recordedState;
        enrollment.recordedState = EnrollmentState.ACTIVE;
        await ctx.em.save(enrollment);
        await this.recordChange(ctx, enrollment, from, EnrollmentState.ACTIVE, `all required agreements signed (${required.join(', ')})`);
      } else {
        await ctx.em.save(enrollment);
      }
    }
    return { agreement, enrollment };
  }

  /** MEM-6: terminating the agreement terminates the membership and its collateral access. */
  async terminate(ctx: RequestContext, input: TerminateEnrollmentInput): Promise<Enrollment> {
    const enrollment = await this.require(ctx, input.enrollmentId);
    const now = ctx.now();
    await this.move(ctx, enrollment, EnrollmentState.TERMINATED, input.reason, 'enrollmentId');
    const agreements = await ctx.em.findBy(Agreement, { enrollmentId: enrollment.id });
    for (const agreement of agreements.filter((a) => !a.terminatedAt)) {
      agreement.terminatedAt = now;
      await ctx.em.save(agreement);
    }
    return enrollment;
  }

  private async move(ctx: RequestContext, enrollment: Enrollment, to: EnrollmentState, reason: string, field: string): Promise<void> {
    const from = this.state(ctx, enrollment);
    if (!canMove(from, to)) {
      throw new UserError('ENROLLMENT_STATE_INVALID', `an enrollment cannot move from ${from} to ${to}`, field);
    }
    if (from !== enrollment.recordedState) {
      // The clock moved it (MEM-4): record that first, so the history reads in order.
      await this.recordChange(ctx, enrollment, enrollment.recordedState, from, 'agreement term ended');
    }
    enrollment.recordedState = to;
    await ctx.em.save(enrollment);
    await this.recordChange(ctx, enrollment, from, to, reason);
  }

  private async recordChange(ctx: RequestContext, enrollment: Enrollment, from: EnrollmentState | null, to: EnrollmentState, reason: string): Promise<void> {
    await ctx.em.save(
      ctx.em.create(EnrollmentStateChange, { enrollmentId: enrollment.id, fromState: from, toState: to, at: ctx.now(), actor: ctx.actor.name, reason }),
    );
    const payload: EnrollmentChangedPayload = {
      enrollmentId: enrollment.id,
      partnerId: enrollment.partnerId,
      programId: enrollment.programId,
      from,
      to,
      reason,
    };
    await ctx.publish(membershipEvent(MembershipEvents.ENROLLMENT_CHANGED, ctx.now(), payload, enrollment.partnerId));
  }

  /** Records MEM-4 expiries the clock has already made, so the history shows them (run by the sweep). */
  async recordExpiries(ctx: RequestContext): Promise<number> {
    const now = ctx.now();
    const active = await ctx.em
      .createQueryBuilder(Enrollment, 'e')
      .where('e.recordedState = :active', { active: EnrollmentState.ACTIVE })
      .andWhere('e.termEndsAt < :now', { now: now.toISOString() })
      .getMany();
    for (const enrollment of active) {
      enrollment.recordedState = EnrollmentState.EXPIRED;
      await ctx.em.save(enrollment);
      await this.recordChange(ctx, enrollment, EnrollmentState.ACTIVE, EnrollmentState.EXPIRED, 'agreement term ended');
    }
    return active.length;
  }

  history(ctx: RequestContext, enrollmentId: string): Promise<EnrollmentStateChange[]> {
    return loadByParent(ctx, EnrollmentStateChange, 'enrollmentId', { order: { at: 'ASC', id: 'ASC' } }).load(enrollmentId);
  }

  /** The partner's enrollments, oldest first; batched, and at once when already loaded. */
  forPartner(ctx: RequestContext, partnerId: string): Maybe<Enrollment[]> {
    return enrollmentLoader(ctx).get(partnerId);
  }

  /**
   * A listed partner's `enrollments` field: from the reading its page preloaded (only the
   * columns the page's selected enrollment fields read), else every column.
   */
  enrollmentsField(ctx: RequestContext, partner: { id: string }): Maybe<Enrollment[]> {
    return ((partner as ListedPartner)[PAGE_ENROLLMENTS] ?? ENROLLMENTS).of(ctx).get(partner.id);
  }

  /**
   * Loads, for a page of partners, what its fields will ask in one statement per kind: the
   * enrollments (`columns`: only those, see `columnsForSelection`; null, every one), and with
   * them their programs, so each field then resolves at once. When the page shows only columns
   * of the programs (`programColumns`), they are read in the enrollments' own statement.
   */
  async preloadForPartners(
    ctx: RequestContext,
    partners: readonly { id: string }[],
    withPrograms: boolean,
    columns: (keyof Enrollment & string)[] | null = null,
    programColumns: (keyof Program & string)[] | null = null,
  ): Promise<void> {
    const joined = withPrograms ? programColumns : null;
    const definition = enrollmentsReading(columns, joined);
    const loader = definition.of(ctx);
    if (definition !== ENROLLMENTS) for (const partner of partners) (partner as ListedPartner)[PAGE_ENROLLMENTS] = definition;
    await loader.preload(partners.map((partner) => partner.id));
    if (!withPrograms || joined) return;
    const programIds: string[] = [];
    for (const partner of partners) {
      // Known since the preload: read at once, not awaited one partner at a time.
      const enrollments = loader.get(partner.id);
      for (const enrollment of enrollments instanceof Promise ? await enrollments : enrollments) programIds.push(enrollment.programId);
    }
    await this.programs.preload(ctx, programIds);
  }

  /**
   * MEM-5: a new program version re-evaluates every member; those that no longer meet its
   * requirements are suspended and reported with what they miss.
   */
  async publishVersion(ctx: RequestContext, input: PublishProgramVersionInput): Promise<{ version: ProgramVersion; shortfalls: MemberShortfall[] }> {
    const program = await this.programs.require(ctx, input.programId);
    await ctx.db.lock(ctx.em, `program-version:${program.id}`);
    const previous = await this.programs.version(ctx, program.id, program.currentVersion);
    const now = ctx.now();
    const version = await ctx.em.save(
      ctx.em.create(ProgramVersion, {
        programId: program.id,
        version: program.currentVersion + 1,
        requirements: [...new Set(input.requirements)],
        guideClauses: input.guideClauses ? clauseMap(input.guideClauses) : previous.guideClauses,
        notes: input.notes ?? null,
        publishedAt: now,
        publishedBy: ctx.actor.name,
      }),
    );
    program.currentVersion = version.version;
    await ctx.em.save(program);
    const members = (await ctx.em.findBy(Enrollment, { programId: program.id })).filter((e) =>
      [EnrollmentState.ACTIVE, EnrollmentState.SUSPENDED, EnrollmentState.PENDING].includes(this.state(ctx, e)),
    );
    const shortfalls: MemberShortfall[] = [];
    for (const enrollment of members) {
      const unmet = unmetRequirements(version.requirements, await this.partners.standing(ctx, enrollment.partnerId, now));
      if (unmet.length === 0) {
        enrollment.programVersion = version.version;
        await ctx.em.save(enrollment);
        continue;
      }
      shortfalls.push({ enrollment, unmet });
      if (this.state(ctx, enrollment) === EnrollmentState.ACTIVE) {
        await this.move(ctx, enrollment, EnrollmentState.SUSPENDED, `does not meet ${program.code} v${version.version}: ${unmet.join(', ')}`, 'requirements');
      }
    }
    return { version, shortfalls };
  }

  /** MEM-3: which document governs a topic for this enrollment, and with which clause. */
  async governingClause(ctx: RequestContext, enrollmentId: string, topic: string): Promise<GoverningClause | null> {
    const enrollment = await this.get(ctx, enrollmentId);
    const agreements = (await this.agreements(ctx, enrollment.id)).filter((a) => !a.terminatedAt);
    const program = await this.programs.get(ctx, enrollment.programId);
    const version = await this.programs.version(ctx, program.id, enrollment.programVersion);
    return governingClause(
      [
        ...agreements.map((a) => ({ kind: a.kind, clauses: a.clauses, documentId: a.id })),
        { kind: AgreementKind.PROGRAM_GUIDE, clauses: version.guideClauses, documentId: version.id },
      ],
      topic,
    );
  }

  /** Is the partner an active member of the program at `at`? (asked by other domains) */
  async status(ctx: RequestContext, partnerId: string, programId: string, at: Date): Promise<EnrollmentStatus> {
    const enrollments = await ctx.em.find(Enrollment, { where: { partnerId, programId }, order: { createdAt: 'DESC', id: 'DESC' } });
    const tapActive = await this.partners.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TAP, at);
    let best: EnrollmentStatus = { active: false, reasonCode: 'NOT_ENROLLED', enrollmentId: null };
    for (const enrollment of enrollments) {
      const reason = inactiveReason(enrollment, tapActive, at);
      if (!reason) return { active: true, reasonCode: null, enrollmentId: enrollment.id };
      if (best.reasonCode === 'NOT_ENROLLED') best = { active: false, reasonCode: reason, enrollmentId: enrollment.id };
    }
    return best;
  }

  /** Programs the partner is an active member of at `at`. */
  async activeProgramIds(ctx: RequestContext, partnerId: string, at: Date): Promise<string[]> {
    const enrollments = await ctx.em.findBy(Enrollment, { partnerId });
    const tapActive = await this.partners.isNetworkMemberActive(ctx, partnerId, NetworkMembershipKind.TAP, at);
    return [...new Set(enrollments.filter((e) => inactiveReason(e, tapActive, at) === null).map((e) => e.programId))];
  }

  /**
   * MEM-6, MEM-7: the programs whose collateral the partner may use now: programs it is an
   * active member of, and the programs currently inside an umbrella it is an active member of.
   */
  async collateralAccess(ctx: RequestContext, partnerId: string): Promise<Program[]> {
    const now = ctx.now();
    const enrollments = await this.forPartner(ctx, partnerId);
    const tapActive = (await this.partners.terms(ctx, partnerId, NetworkMembershipKind.TAP)).some((m) => isMembershipActive(m, now));
    const ids = [...new Set(enrollments.filter((e) => inactiveReason(e, tapActive, now) === null).map((e) => e.programId))];
    if (ids.length === 0) return [];
    // Every program is one small table: load it once per request and derive access from it.
    const programs = await ctx
      .loader<string, Program[]>('membership.all-programs', async (keys) => {
        const rows = await ctx.em.find(Program, { order: { code: 'ASC' } });
        return keys.map(() => rows);
      })
      .load('all');
    const direct = programs.filter((p) => ids.includes(p.id));
    const umbrellas = new Set(direct.filter((p) => p.kind === ProgramKind.UMBRELLA).map((p) => p.id));
    return programs.filter((p) => ids.includes(p.id) || (p.umbrellaId !== null && umbrellas.has(p.umbrellaId)));
  }

  /** Active members of the given programs at `at` (REL-4 fan-out): one row per enrollment in force. */
  async activeMembers(ctx: RequestContext, programIds: string[], at: Date): Promise<{ partnerId: string; programId: string; enrollmentId: string }[]> {
    if (programIds.length === 0) return [];
    const rows = await ctx.em.find(Enrollment, { where: { programId: In(programIds) }, order: { id: 'ASC' } });
    const tap = await this.partners.activeNetworkMembers(
      ctx,
      rows.map((row) => row.partnerId),
      NetworkMembershipKind.TAP,
      at,
    );
    return rows
      .filter((row) => inactiveReason(row, tap.has(row.partnerId), at) === null)
      .map((row) => ({ partnerId: row.partnerId, programId: row.programId, enrollmentId: row.id }));
  }
}

export { Program };
