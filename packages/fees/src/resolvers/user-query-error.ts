import { GraphQLError } from 'graphql';
import { UserError } from '@alliance/kernel';

/** Queries have no payload: a broken rule comes back as an error carrying its code and field. */
export async function asQueryError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, fields: error.field ? [error.field] : [] } });
    }
    throw error;
  }
}
