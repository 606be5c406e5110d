import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { EnumColumn, IdColumn, Identified, InstantColumn, Role } from '@alliance/kernel';

/** Requests one API key made in one minute (rate limiting shared by every gateway process). */
@Entity('gw_rate_window')
export class RateWindow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  keyId: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  windowStart: string;

  @Column({ type: 'integer' })
  count: number;
}

export enum IdempotencyState {
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

/** A mutation's `Idempotency-Key`, its request fingerprint and first response (kept 24 hours). */
@Entity('gw_idempotency_key')
@Index(['keyId', 'idempotencyKey'], { unique: true })
export class IdempotencyRecord extends Identified {
  @IdColumn()
  keyId: string;

  @Column({ type: 'varchar', length: 255 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @EnumColumn()
  state: IdempotencyState;

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  @InstantColumn()
  createdAt: Date;

  @Index()
  @InstantColumn()
  expiresAt: Date;
}

/** One mutation field as it was asked and how it ended. Append-only. */
@ObjectType('AuditEvent', { description: 'A mutation: who (key), what (operation and arguments, secrets redacted), outcome, request id.' })
@Entity('gw_audit_event')
@Index(['keyId', 'at'])
export class AuditEvent extends Identified {
  @Field({ description: 'When the mutation was called (UTC).' })
  @Index()
  @InstantColumn()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Id of the `ApiKey` that called the mutation; null for the system actor.' })
  @IdColumn({ nullable: true })
  keyId: string | null;

  @Field({ description: 'Name of the actor that called the mutation (the API key\'s name, or "system").' })
  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Field(() => Role, { description: 'The role of the key that called the mutation.' })
  @EnumColumn()
  role: Role;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the client gave; null when the operation was anonymous.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  operationName: string | null;

  @Field({ description: 'The mutation field, such as chargeFee.' })
  @Index()
  @Column({ type: 'varchar', length: 100 })
  mutation: string;

  @Field(() => String, { description: 'Arguments as JSON, with secrets redacted.' })
  @Column({ type: 'text' })
  arguments: string;

  @Field({ description: 'OK, USER_ERROR (a rule refused it) or ERROR.' })
  @EnumColumn()
  outcome: string;

  @Field(() => [String], { description: 'Error codes returned, if any.' })
  @Column({ type: 'simple-json' })
  codes: string[];

  @Field(() => ID, { description: 'The request id, as in the `x-request-id` response header and the request log line.' })
  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Field(() => String, { nullable: true, description: 'The Idempotency-Key the request carried.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;
}
