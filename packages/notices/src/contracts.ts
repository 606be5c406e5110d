/**
 * The notices package's public surface as types only: what other domains and package users may
 * call and the notice kinds it records itself. Importing this file loads no code.
 */
import type { DueNotice, RequestContext } from '@alliance/kernel';
import type { NoticesNoticeKinds } from './events';

/** What other domains and package users call. */
export interface NoticesApi {
  /**
   * NOT-1: records notices once by their key (kind, subject, due instant), with their webhook
   * deliveries, in the caller's unit of work.
   */
  record(ctx: RequestContext, notices: DueNotice[]): Promise<unknown>;
}

export type NoticesNoticeKind = (typeof NoticesNoticeKinds)[keyof typeof NoticesNoticeKinds];
