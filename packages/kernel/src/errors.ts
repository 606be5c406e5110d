import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Codes every package may use. Each domain module adds its own catalogue
 * (`DomainModule.errorCodes`); the gateway merges them and the README lists them all.
 */
export const KERNEL_ERROR_CODES = {
  BAD_USER_INPUT: 'The input is malformed: a field breaks a validation rule (the field and rule are named).',
  UNAUTHENTICATED: 'No API key, or an unknown or revoked one.',
  FORBIDDEN: 'The API key is valid but its role or scope does not allow this operation.',
  NOT_FOUND: 'No such record, or it belongs to a partner this key may not see.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; the response carries a request id to find it in the server log.',
  CONFLICT: 'The record changed or is being changed by another request; retry.',
  INVALID_CURSOR: 'The pagination cursor was not issued by this API.',
} as const;

/**
 * The `ErrorCode` enum: every code of the error catalogue. Its values are filled in when the
 * schema is built (`defineErrorCodes`), from the kernel's codes, the gateway's and each
 * domain module's, so the enum and the README's catalogue are one list.
 */
export const ErrorCode: Record<string, string> = {};
const ERROR_CODE_VALUES: Record<string, { description: string }> = {};
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'Every error code the API returns: the `code` of a `UserError` and the `extensions.code` of an error in a response. Clients may switch on it; a new code is an addition recorded in the schema changelog.',
  valuesConfig: ERROR_CODE_VALUES,
});

/** Sets the ErrorCode enum's values (code → meaning) before a schema is built. */
export function defineErrorCodes(codes: Record<string, string>): void {
  for (const key of Object.keys(ErrorCode)) delete ErrorCode[key];
  for (const key of Object.keys(ERROR_CODE_VALUES)) delete ERROR_CODE_VALUES[key];
  for (const [code, meaning] of Object.entries(codes)) {
    ErrorCode[code] = code;
    ERROR_CODE_VALUES[code] = { description: meaning };
  }
}

/**
 * A broken domain rule: returned to the caller in the mutation payload's `userErrors`,
 * and the whole unit of work is rolled back. `field` is the path of the field at fault
 * relative to the command the service was given (`feeKind`, `distributions.0.distributedOn`);
 * the GraphQL layer places it under the mutation's argument (`input.feeKind`).
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

@ObjectType('UserError', { description: 'A domain rule the request broke. Nothing was changed.' })
export class UserErrorType {
  @Field(() => ErrorCode, { description: 'Which rule was broken: a stable code from the error catalogue, to switch on.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Path of the input field at fault, such as `input.partnerId`.' })
  field: string | null;

  @Field({ description: 'What is wrong, in words a person can act on; names the rule id where a rule applies.' })
  message: string;

  /** The payload entry of a broken rule; its field path is placed under the mutation's `argument`. */
  static from(error: UserError, argument = 'input'): UserErrorType {
    const out = new UserErrorType();
    out.code = error.code;
    out.field = error.field === null ? null : `${argument}.${error.field}`;
    out.message = error.message;
    return out;
  }
}

/** Base for mutation payloads: `{ <thing>, userErrors { code field message } }`. */
@ObjectType({ description: 'Base of every mutation payload: the result, or the rules the input broke.' })
export abstract class MutationPayload {
  @Field(() => [UserErrorType], {
    description: 'The domain rules the request broke; empty on success. When not empty, nothing was changed and the result field is null.',
  })
  userErrors: UserErrorType[];
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} not found` : `${what} not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'this API key may not do that') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'send an API key as `Authorization: Bearer <key>`') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(
    field: string,
    message: string,
    fields: { path: string; rules: string[]; messages: string[] }[] = [{ path: field, rules: [], messages: [message] }],
  ) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field, fields } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT', http: { status: 409 } } });
  }
}

/** The same broken rule without its field path: the path named another command's field. */
function withoutField(error: unknown): unknown {
  return error instanceof UserError && error.field !== null ? new UserError(error.code, error.message, null) : error;
}

/**
 * Another domain's API as this domain's port. A broken rule raised behind it keeps its code
 * and message, but its field path is relative to the provider's command, not to the caller's:
 * it is dropped, so a payload never names a field its input does not have. A consumer that
 * knows which of its own fields was at fault catches the code and raises its own error.
 */
export function asPort<T extends object>(api: T): T {
  return new Proxy(api, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          throw withoutField(error);
        }
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          throw withoutField(error);
        });
      };
    },
  });
}

/** Each of a module's ports through `asPort`. */
export function asPorts<T extends object>(ports: T): T {
  return Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port && typeof port === 'object' ? asPort(port as object) : port])) as T;
}
