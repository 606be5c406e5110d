import {
  BeforeInsert,
  Column,
  ColumnOptions,
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  ObjectLiteral,
  PrimaryColumn,
  ValueTransformer,
} from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from './ids';

/**
 * Portable column helpers. Instants are stored as ISO-8601 UTC strings (`2026-01-01T00:00:00.000Z`):
 * the same on SQLite and PostgreSQL, millisecond-exact (windows are tested at their last ms),
 * ordered as text, and immune to a server's time zone. In query builders, compare with
 * `instant.toISOString()` parameters.
 */
export const instantTransformer: ValueTransformer = {
  to: (value: unknown) => (value instanceof Date ? value.toISOString() : value),
  from: (value: unknown) => (value === null || value === undefined ? value : parseInstant(value as string)),
};

/**
 * Reads a stored instant. The stored form (`toISOString`, 24 characters) is read field by field,
 * about twice as fast as `new Date(text)`: a page of rows reads hundreds of them. Any other
 * text goes to `new Date`.
 */
export function parseInstant(text: string): Date {
  if (typeof text !== 'string' || text.length !== 24 || text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(23) !== 90 /* Z */) return new Date(text);
  const digit = (at: number) => text.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  // Date.UTC reads years 0-99 as 1900-1999.
  if (!(year >= 100 && year <= 9999)) return new Date(text);
  return new Date(
    Date.UTC(
      year,
      digit(5) * 10 + digit(6) - 1,
      digit(8) * 10 + digit(9),
      digit(11) * 10 + digit(12),
      digit(14) * 10 + digit(15),
      digit(17) * 10 + digit(18),
      digit(20) * 100 + digit(21) * 10 + digit(22),
    ),
  );
}

export function InstantColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 24, transformer: instantTransformer, ...options });
}

/** A calendar date `YYYY-MM-DD` (no time of day), such as a cutoff date or a holiday. */
export function DateOnlyColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 10, ...options });
}

/** 64-bit integers (money in minor units, points in thousandths): PostgreSQL's driver returns strings. */
export const bigIntTransformer: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value)),
};

export function BigIntColumn(options: Pick<ColumnOptions, 'nullable' | 'name' | 'default'> = {}): PropertyDecorator {
  return Column({ type: 'bigint', transformer: bigIntTransformer, ...options });
}

/** A short enumerated value stored as text (portable; the allowed values live in code). */
export function EnumColumn(options: Pick<ColumnOptions, 'nullable' | 'name' | 'default'> & { length?: number } = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: options.length ?? 40, ...options });
}

export function IdColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 36, ...options });
}

/**
 * Base for every entity: a time-ordered UUID primary key assigned before insert,
 * so keyset pagination on `id` follows creation order.
 */
@ObjectType({ description: 'Base of every entity: a time-ordered id.' })
export abstract class Identified {
  @Field(() => ID, { description: 'Unique id of this record: a time-ordered UUID, so id order is creation order.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @BeforeInsert()
  assignId(): void {
    if (!this.id) this.id = newId();
  }
}

/**
 * Assigns ids to rows saved from plain objects too (`em.save(Partner, {...})`), where
 * entity listeners do not run. Every DataSource registers it (see `KERNEL_SUBSCRIBERS`).
 */
@EventSubscriber()
export class IdAssigner implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const entity = event.entity as { id?: unknown } | undefined;
    const primary = event.metadata.primaryColumns;
    if (entity && primary.length === 1 && primary[0].propertyName === 'id' && !entity.id && event.metadata.target instanceof Function) {
      if (Object.prototype.isPrototypeOf.call(Identified, event.metadata.target)) entity.id = newId();
    }
  }
}

export const KERNEL_SUBSCRIBERS = [IdAssigner];

/** Money: an amount in integer minor units of the currency stored beside it (never a float). */
export function MinorUnitsColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return BigIntColumn(options);
}

/** The ISO 4217 code of the currency an amount in minor units is counted in. */
export function CurrencyColumn(options: Pick<ColumnOptions, 'nullable' | 'name'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 3, ...options });
}

/** When a request, claim or submission was decided; null while it waits for a decision. */
export function DecidedAtColumn(): PropertyDecorator {
  return InstantColumn({ nullable: true });
}

/** Who decided (a reviewer's or an API key's name); null while undecided. */
export function DecidedByColumn(): PropertyDecorator {
  return Column({ type: 'varchar', length: 200, nullable: true });
}

/** What the decider wrote with the decision; null while undecided or when nothing was written. */
export function DecisionNoteColumn(): PropertyDecorator {
  return Column({ type: 'text', nullable: true });
}
