import { stdSerializers } from 'pino';

/** Properties of database errors that carry the values of a statement, never logged. */
const VALUE_CARRYING = ['parameters', 'detail', 'where', 'driverError', 'internalQuery', 'routine', 'file', 'line'];

/**
 * The `err` serializer of every log line: pino's, without the values a failed statement was
 * run with. TypeORM's `QueryFailedError` carries its bound parameters (and PostgreSQL's
 * `detail` quotes the offending row), which may hold personal data or a secret; the log keeps
 * the statement text (with `$1`/`?` placeholders), the driver's code and message.
 */
export function safeErrorSerializer(error: unknown): { [key: string]: unknown; type: string; message: string; stack: string } {
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return scrub(serialized, 0) as { type: string; message: string; stack: string };
}

function scrub(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (VALUE_CARRYING.includes(key)) continue;
    out[key] = inner && typeof inner === 'object' && !Array.isArray(inner) && depth < 5 ? scrub(inner as Record<string, unknown>, depth + 1) : inner;
  }
  return out;
}

export const LOG_SERIALIZERS = { err: safeErrorSerializer, error: safeErrorSerializer };
