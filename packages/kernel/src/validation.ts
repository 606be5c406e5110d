import { registerDecorator, ValidationOptions } from 'class-validator';
import { isId } from './ids';
import { EARLIEST_INSTANT, fromDateOnly, isDateOnly, isSupportedInstant, LATEST_INSTANT, toDateOnly } from './time';

/** The field holds an id issued by this API. */
export function IsEntityId(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEntityId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an id issued by this API`, ...options },
      validator: { validate: (value: unknown) => isId(value) },
    });
}

/** The field holds a calendar date `YYYY-MM-DD` in the supported range (1970-01-01 to 2199-12-31). */
export function IsDateOnly(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a calendar date YYYY-MM-DD from ${toDateOnly(EARLIEST_INSTANT)} to ${toDateOnly(LATEST_INSTANT)}`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isDateOnly(value) && isSupportedInstant(fromDateOnly(value)) },
    });
}

/** An unpaired UTF-16 surrogate: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text value for storage, or null: a NUL character (PostgreSQL cannot
 * store it in text, and it truncates strings in C libraries) or an unpaired surrogate (not
 * valid Unicode; encoding it to UTF-8 would silently replace it).
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text: it contains an unpaired surrogate';
  return null;
}

/** What is wrong with an instant, or null: it must be a real instant between 1970 and the end of 2199. */
export function instantProblem(value: Date): string | null {
  if (Number.isNaN(value.getTime())) return 'must be a valid date-time';
  if (!isSupportedInstant(value)) return `must be between ${EARLIEST_INSTANT.toISOString()} and ${LATEST_INSTANT.toISOString()}`;
  return null;
}
