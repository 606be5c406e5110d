import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function calendarDate(value: unknown): string {
  // An input that is not a date is the caller's mistake: BAD_USER_INPUT, whether or not Apollo runs the schema.
  if (!isCalendarDate(value))
    throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD (RFC 3339 full-date), got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value;
}

/**
 * A calendar date without a time of day or zone (`YYYY-MM-DD`), such as a cutoff date or a
 * renewal date: the value as stored, never shifted by a time zone.
 */
export const CalendarDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date without time of day or time zone, written `YYYY-MM-DD` (RFC 3339 `full-date`), such as `2026-03-31`.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD', { nodes: [ast], extensions: { code: 'BAD_USER_INPUT' } });
    return calendarDate(ast.value);
  },
});

/** Instants: graphql-scalars' DateTimeISO, pointing at the specification it follows. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  description: 'An instant in UTC, written as an RFC 3339 `date-time` with milliseconds and `Z`, such as `2026-03-02T09:00:00.000Z`.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});
