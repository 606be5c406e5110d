// type-graphql and TypeORM read decorator metadata: load the polyfill before any entity, so
// `require('@alliance/notices')` works on its own.
import 'reflect-metadata';

export type * from './contracts';
export * from './module';
export * from './ports';
export * from './errors';
export * from './events';
export * from './entities/notice.entity';
export * from './entities/notice-sweep.entity';
export * from './entities/webhook-subscription.entity';
export * from './entities/webhook-delivery.entity';
export * from './entities/webhook-attempt.entity';
export * from './inputs/notice.input';
export * from './inputs/webhook.input';
export * from './rules/sweep.rules';
export * from './rules/webhook.rules';
export * from './rules/kind-names.rules';
export * from './rules/signature.rules';
export * from './rules/webhook-target.rules';
export * from './services/notice.service';
export * from './services/webhook.service';
export * from './services/webhook.dispatcher';
export * from './services/webhook.poster';
export * from './resolvers/notice.resolver';
export * from './resolvers/webhook.resolver';
export * from './resolvers/payloads';
export { NOTICES_MIGRATIONS } from './migrations';
