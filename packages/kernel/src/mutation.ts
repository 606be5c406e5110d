import { RequestContext, runUnitOfWork } from './context';
import { UserError, UserErrorType } from './errors';

/**
 * Runs a mutation's unit of work in one transaction and shapes its payload.
 * A broken domain rule (`UserError`) rolls everything back and comes back as
 * `userErrors`, its field path placed under the mutation's `input` argument; any other
 * failure propagates (and is masked by the gateway).
 */
export async function runMutation<T extends object>(ctx: RequestContext, work: () => Promise<T>): Promise<Partial<T> & { userErrors: UserErrorType[] }> {
  try {
    const result = await runUnitOfWork(ctx, () => work());
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserError) return { userErrors: [UserErrorType.from(error)] } as Partial<T> & { userErrors: UserErrorType[] };
    throw error;
  }
}
