import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GatewayPlugin } from '../combined-plugin';
import { DocumentNode, GraphQLError, Kind, ValidationRule, visit } from 'graphql';
import { MAX_PAGE_SIZE } from '@alliance/kernel';

/** The published query limits (README "Abuse limits"). */
export const QUERY_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 20000,
  maxPageSize: MAX_PAGE_SIZE,
} as const;

/** How the cost limit weighs a query (README "Abuse limits"). */
export const QUERY_COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

/**
 * graphql-armor's depth, alias, directive, token and cost limits, and field suggestions
 * blocked unless `fieldSuggestions` (introspection on). They run while the
 * query is parsed and validated, so a rejected query never reaches a resolver (and runs no SQL).
 */
export function armor(options: { fieldSuggestions?: boolean } = {}): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const protection = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Tokens are limited by the parser itself (see `parseOptions` in server.ts): armor's
    // Apollo hook for it runs too late to stop execution.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...QUERY_COST_WEIGHTS, ignoreIntrospection: true, exposeLimits: true },
    // "Did you mean" suggestions reveal the schema: only where introspection already does.
    blockFieldSuggestion: { enabled: !options.fieldSuggestions },
  }).protect();
  return { plugins: protection.plugins, validationRules: protection.validationRules };
}

/**
 * `first` / `last` at most 100 anywhere in the operation, literal or variable, checked
 * after the operation is resolved and before anything executes.
 */
export function pageSizeLimit(): GatewayPlugin<BaseContext> {
  return () => ({
    didResolveOperation({ document, request }) {
      const problem = oversizedPage(document, request.variables ?? {});
      if (problem) {
        throw new GraphQLError(`${problem} must not be greater than ${QUERY_LIMITS.maxPageSize}`, {
          extensions: { code: 'BAD_USER_INPUT', field: problem, limit: QUERY_LIMITS.maxPageSize, http: { status: 400 } },
        });
      }
    },
  });
}

/** The page-size arguments of a document, found once per document (Apollo hands the same parsed document to every request that sends the same text). */
const pageArguments = new WeakMap<DocumentNode, { name: string; literal: number | null; variable: string | null }[]>();

export function oversizedPage(document: DocumentNode, variables: Record<string, unknown>): string | null {
  let found = pageArguments.get(document);
  if (!found) {
    const list: { name: string; literal: number | null; variable: string | null }[] = [];
    visit(document, {
      Argument(node) {
        if (node.name.value !== 'first' && node.name.value !== 'last') return;
        list.push({
          name: node.name.value,
          literal: node.value.kind === Kind.INT ? Number(node.value.value) : null,
          variable: node.value.kind === Kind.VARIABLE ? node.value.name.value : null,
        });
      },
    });
    pageArguments.set(document, (found = list));
  }
  for (const argument of found) {
    const value = argument.literal ?? (argument.variable !== null ? Number(variables[argument.variable]) : NaN);
    if (Number.isFinite(value) && value > QUERY_LIMITS.maxPageSize) return argument.name;
  }
  return null;
}

/**
 * Refuses operation types the schema does not serve (it has no subscriptions: integrations
 * receive events through webhooks), as a validation error rather than a failure at execution.
 */
export const supportedOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(
          node.operation === 'subscription'
            ? 'This API has no subscription operations; events reach integrations through webhook subscriptions (createWebhookSubscription).'
            : `This API has no ${node.operation} operations.`,
          { nodes: [node] },
        ),
      );
    }
  },
});
