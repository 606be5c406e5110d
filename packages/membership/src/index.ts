// type-graphql and TypeORM read decorator metadata: load the polyfill before any entity, so
// `require('@alliance/membership')` works on its own.
import 'reflect-metadata';

export type * from './contracts';
export * from './module';
export * from './errors';
export * from './events';
export * from './notices';
export * from './entities/agreement.entity';
export * from './entities/enrollment.entity';
export * from './entities/enrollment-state-change.entity';
export * from './entities/partner.entity';
export * from './entities/partner-contact.entity';
export * from './entities/program.entity';
export * from './entities/program-version.entity';
export * from './entities/tap-membership.entity';
export * from './rules/agreements.rules';
export * from './rules/enrollment.rules';
export * from './rules/requirements.rules';
export * from './services/enrollment.service';
export * from './services/partner.service';
export * from './services/program.service';
export * from './inputs/partner.input';
export * from './inputs/program.input';
export * from './inputs/enrollment.input';
export { MEMBERSHIP_MIGRATIONS } from './migrations';
