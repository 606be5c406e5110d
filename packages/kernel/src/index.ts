// type-graphql and TypeORM read decorator metadata: load the polyfill before any entity, so
// `require('@alliance/kernel')` works on its own.
import 'reflect-metadata';

export * from './auth';
export * from './clock';
export * from './columns';
export * from './context';
export * from './domain-module';
export { columnProperties, columnsForSelection, readRows, RowQuery } from './entity-reader';
export type { RowJoin } from './entity-reader';
export * from './errors';
export * from './events';
export * from './ids';
export * from './jobs';
export * from './loaders';
export * from './money';
export * from './migrations';
export * from './mutation';
export * from './node';
export * from './notices';
export * from './pagination';
export * from './time';
export * from './transaction';
export * from './scalars';
export * from './sqlite-write-lock';
export * from './schema';
export * from './selection';
export * from './validation';
export * from './visibility';
