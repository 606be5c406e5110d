import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { readers, RequestContext, Role, runMutation } from '@alliance/kernel';
import { Program } from '../entities/program.entity';
import { ProgramVersion } from '../entities/program-version.entity';
import { CreateProgramInput, PublishProgramVersionInput, RemoveProgramFromUmbrellaInput } from '../inputs/program.input';
import { EnrollmentService } from '../services/enrollment.service';
import { ProgramService } from '../services/program.service';
import { ProgramPayload, PublishProgramVersionPayload } from './payloads';

@Resolver(() => Program)
export class ProgramResolver {
  constructor(
    private readonly programService: ProgramService,
    private readonly enrollmentService: EnrollmentService,
  ) {}

  @Authorized(...readers('programs:read'))
  @Query(() => Program, { description: 'The program with this id, when the key may see it.' })
  program(
    @Arg('id', () => ID, { description: 'Id of the `Program` to return; an unknown id, or one the key may not see, is a not-found error.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Program> {
    return this.programService.get(ctx, id);
  }

  @Authorized(...readers('programs:read'))
  @Query(() => [Program], { description: 'Every program, umbrellas included, by code. A bounded list, not paged: the vendor runs a handful of programs.' })
  programs(@Ctx() ctx: RequestContext): Promise<Program[]> {
    return this.programService.list(ctx);
  }

  @FieldResolver(() => Program, {
    nullable: true,
    description: 'The umbrella program this program is in (MEM-7); null when it is in none or the key may not see it.',
  })
  async umbrella(@Root() program: Program, @Ctx() ctx: RequestContext): Promise<Program | null> {
    return program.umbrellaId ? this.programService.load(ctx, program.umbrellaId) : null;
  }

  @FieldResolver(() => [Program], { name: 'contains', description: 'Programs inside this umbrella (MEM-7).' })
  contains(@Root() program: Program, @Ctx() ctx: RequestContext): Promise<Program[]> {
    return this.programService.children(ctx, program.id);
  }

  @FieldResolver(() => ProgramVersion, { description: 'The version in force, with its requirements.' })
  version(@Root() program: Program, @Ctx() ctx: RequestContext): Promise<ProgramVersion> {
    return this.programService.version(ctx, program.id, program.currentVersion);
  }

  @FieldResolver(() => [ProgramVersion], { description: 'Every version of the program, with its requirements (MEM-5).' })
  versions(@Root() program: Program, @Ctx() ctx: RequestContext): Promise<ProgramVersion[]> {
    return this.programService.versions(ctx, program.id);
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => ProgramPayload, { description: 'Creates a program (or an umbrella program) at version 1 with its enrollment requirements (MEM-5, MEM-7).' })
  createProgram(
    @Arg('input', { description: 'The input: see `CreateProgramInput`.' }) input: CreateProgramInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramPayload> {
    return runMutation(ctx, async () => ({ program: await this.programService.create(ctx, input) }));
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => PublishProgramVersionPayload, {
    description: 'MEM-5: publishes a new version, re-evaluates every member, suspends and reports those that no longer qualify.',
  })
  publishProgramVersion(
    @Arg('input', { description: 'The input: see `PublishProgramVersionInput`.' }) input: PublishProgramVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishProgramVersionPayload> {
    return runMutation(ctx, async () => {
      const { version, shortfalls } = await this.enrollmentService.publishVersion(ctx, input);
      return { version, noLongerQualifying: shortfalls };
    });
  }

  @Authorized(Role.ADMIN, Role.PROGRAM_MANAGER)
  @Mutation(() => ProgramPayload, { description: "MEM-7: umbrella members lose this program's collateral only." })
  removeProgramFromUmbrella(
    @Arg('input', { description: 'The input: see `RemoveProgramFromUmbrellaInput`.' }) input: RemoveProgramFromUmbrellaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramPayload> {
    return runMutation(ctx, async () => ({ program: await this.programService.removeFromUmbrella(ctx, input) }));
  }
}
