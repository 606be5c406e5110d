import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildModulesSchema, DomainModule } from '@alliance/kernel';
import { GATEWAY_CODES } from './error-catalogue';
import { createModules } from './modules';

/** The gateway's schema over these modules: the ErrorCode enum holds the gateway's codes too. */
export function buildGatewaySchema(modules: DomainModule[]): Promise<GraphQLSchema> {
  return buildModulesSchema(modules, { errorCodes: GATEWAY_CODES });
}

/** The public schema as committed in `schema.graphql`: sorted, so diffs are readable. */
export async function printGatewaySchema(): Promise<string> {
  const schema = await buildGatewaySchema(createModules().all);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
