import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildModulesSchema } from '@alliance/kernel';
import { createModules } from './modules';

/** The public schema as committed in `schema.graphql`: sorted, so diffs are readable. */
export async function printGatewaySchema(): Promise<string> {
  const schema = await buildModulesSchema(createModules().all);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
