import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Connection, ConnectionArgs, IsEntityId, paginate, RequestContext, Role } from '@alliance/kernel';
import { AuditEvent } from './hardening.entities';

@InputType('AuditEventFilterInput', { description: 'Narrows the audit event list; omitted fields do not narrow.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only mutations called with this `ApiKey`; every key when omitted.' })
  @IsOptional()
  @IsEntityId()
  keyId?: string | null;

  @Field(() => String, { nullable: true, description: 'A mutation name, such as chargeFee.' })
  @IsOptional()
  @MaxLength(100)
  mutation?: string | null;

  @Field(() => String, { nullable: true, description: 'OK, USER_ERROR or ERROR.' })
  @IsOptional()
  @IsIn(['OK', 'USER_ERROR', 'ERROR'])
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only mutations called at or after this instant (UTC); no lower bound when omitted.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only mutations called before this instant (UTC); no upper bound when omitted.' })
  @IsOptional()
  to?: Date | null;
}

@ObjectType({ description: 'A page of audit event items, in creation order.' })
export class AuditEventConnection extends Connection(AuditEvent) {}

@Resolver()
export class AuditEventResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'The audit trail of every mutation, oldest first (admins only).' })
  auditEvents(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Narrows the list (see the input type); omitted, nothing is narrowed.' })
    filter: AuditEventFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEventConnection> {
    const query = ctx.em.createQueryBuilder(AuditEvent, 'audit');
    if (filter?.keyId) query.andWhere('audit.keyId = :keyId', { keyId: filter.keyId });
    if (filter?.mutation) query.andWhere('audit.mutation = :mutation', { mutation: filter.mutation });
    if (filter?.outcome) query.andWhere('audit.outcome = :outcome', { outcome: filter.outcome });
    if (filter?.from) query.andWhere('audit.at >= :from', { from: filter.from.toISOString() });
    if (filter?.to) query.andWhere('audit.at <= :to', { to: filter.to.toISOString() });
    return paginate(query, args);
  }
}
