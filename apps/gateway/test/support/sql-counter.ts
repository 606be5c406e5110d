import { DataSource } from 'typeorm';

/** Counts the SQL statements a data source runs (for N+1 and "runs no SQL" checks). */
export function sqlCounter(dataSource: DataSource) {
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let active = false;
  logger.logQuery = (query: string, parameters?: unknown[], queryRunner?: never) => {
    if (active) statements.push(query);
    return original(query, parameters, queryRunner);
  };
  return {
    start() {
      statements.length = 0;
      active = true;
    },
    stop() {
      active = false;
      return [...statements];
    },
    /** Statements that touch domain tables (not the gateway's own key, rate and audit bookkeeping). */
    domain() {
      return statements.filter(
        (s) =>
          !/gw_(api_key|rate_window|audit_event|idempotency_key)/.test(s) && !/^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SELECT pg_advisory)/i.test(s.trim()),
      );
    },
  };
}
