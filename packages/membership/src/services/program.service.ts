import { IsNull } from 'typeorm';
import { loadByParent, Maybe, NotFoundError, RequestContext, rowsById, UserError } from '@alliance/kernel';
import { Program, ProgramKind } from '../entities/program.entity';
import { ProgramVersion } from '../entities/program-version.entity';
import { MembershipEvents, membershipEvent } from '../events';
import { ClauseInput, CreateProgramInput, RemoveProgramFromUmbrellaInput } from '../inputs/program.input';

export function clauseMap(clauses: ClauseInput[] | null | undefined): Record<string, string> {
  return Object.fromEntries((clauses ?? []).map((clause) => [clause.topic, clause.text]));
}

/** Programs by id (the loader behind every `program` link). */
const PROGRAMS = rowsById(Program);

export class ProgramService {
  async create(ctx: RequestContext, input: CreateProgramInput): Promise<Program> {
    if (await ctx.em.countBy(Program, { code: input.code })) {
      throw new UserError('PROGRAM_CODE_TAKEN', `a program with code ${input.code} exists`, 'code');
    }
    if (input.umbrellaId) await this.requireUmbrella(ctx, input.umbrellaId, 'umbrellaId', input.kind);
    const now = ctx.now();
    const program = await ctx.em.save(
      ctx.em.create(Program, {
        code: input.code,
        name: input.name,
        kind: input.kind,
        umbrellaId: input.umbrellaId ?? null,
        agreementCutoffDate: input.agreementCutoffDate,
        currentVersion: 1,
        createdAt: now,
      }),
    );
    await ctx.em.save(
      ctx.em.create(ProgramVersion, {
        programId: program.id,
        version: 1,
        requirements: [...new Set(input.requirements)],
        guideClauses: clauseMap(input.guideClauses),
        notes: null,
        publishedAt: now,
        publishedBy: ctx.actor.name,
      }),
    );
    return program;
  }

  private async requireUmbrella(ctx: RequestContext, umbrellaId: string, field: string, childKind: ProgramKind): Promise<Program> {
    const umbrella = await ctx.em.findOneBy(Program, { id: umbrellaId });
    if (!umbrella) throw new UserError('PROGRAM_NOT_FOUND', `no program ${umbrellaId}`, field);
    if (umbrella.kind !== ProgramKind.UMBRELLA || childKind === ProgramKind.UMBRELLA) {
      throw new UserError('UMBRELLA_INVALID', 'only an UMBRELLA program can contain programs, and umbrellas do not nest', field);
    }
    return umbrella;
  }

  async get(ctx: RequestContext, id: string): Promise<Program> {
    const program = await ctx.em.findOneBy(Program, { id });
    if (!program) throw new NotFoundError('Program', id);
    return program;
  }

  async require(ctx: RequestContext, id: string, field = 'programId'): Promise<Program> {
    const program = await ctx.em.findOneBy(Program, { id });
    if (!program) throw new UserError('PROGRAM_NOT_FOUND', `no program ${id}`, field);
    return program;
  }

  list(ctx: RequestContext): Promise<Program[]> {
    return ctx.em.find(Program, { order: { code: 'ASC' } });
  }

  /** Batched by id; at once when the request already loaded it. */
  load(ctx: RequestContext, id: string): Maybe<Program | null> {
    return PROGRAMS.of(ctx).get(id);
  }

  /** Loads these programs in one batch, so `load` answers each of them at once. */
  preload(ctx: RequestContext, ids: readonly string[]): Promise<void> {
    return PROGRAMS.of(ctx).preload([...new Set(ids)]);
  }

  children(ctx: RequestContext, umbrellaId: string): Promise<Program[]> {
    return loadByParent(ctx, Program, 'umbrellaId', { order: { code: 'ASC' } }).load(umbrellaId);
  }

  async version(ctx: RequestContext, programId: string, version: number): Promise<ProgramVersion> {
    const found = (await this.versions(ctx, programId)).find((v) => v.version === version);
    if (!found) throw new NotFoundError('ProgramVersion', `${programId} v${version}`);
    return found;
  }

  versions(ctx: RequestContext, programId: string): Promise<ProgramVersion[]> {
    return loadByParent(ctx, ProgramVersion, 'programId', { order: { version: 'ASC' } }).load(programId);
  }

  /**
   * MEM-7: removing a program from its umbrella revokes umbrella members' access to that
   * program's collateral only; access to the umbrella's other programs is unchanged.
   */
  async removeFromUmbrella(ctx: RequestContext, input: RemoveProgramFromUmbrellaInput): Promise<Program> {
    const program = await this.require(ctx, input.programId);
    await this.require(ctx, input.umbrellaId, 'umbrellaId');
    if (program.umbrellaId !== input.umbrellaId) {
      throw new UserError('NOT_IN_UMBRELLA', `program ${program.code} is not part of that umbrella`, 'programId');
    }
    program.umbrellaId = null;
    await ctx.em.save(program);
    await ctx.publish(
      membershipEvent(MembershipEvents.PROGRAM_REMOVED_FROM_UMBRELLA, ctx.now(), {
        programId: program.id,
        umbrellaId: input.umbrellaId,
        reason: input.reason ?? '',
      }),
    );
    return program;
  }

  topLevel(ctx: RequestContext): Promise<Program[]> {
    return ctx.em.find(Program, { where: { umbrellaId: IsNull() }, order: { code: 'ASC' } });
  }
}
