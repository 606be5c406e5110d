import { AgreementKind } from '../entities/agreement.entity';

/**
 * MEM-2: partners who joined before the program's cutoff date sign the PEPA and the
 * program's own addendum; partners joining on or after it (the cutoff day counts as after)
 * sign the PEPA and the SDDC Foundation and Integration (umbrella) addendum.
 */
export function requiredAgreements(joinedOn: string, cutoffDate: string): AgreementKind[] {
  return joinedOn < cutoffDate ? [AgreementKind.PEPA, AgreementKind.PROGRAM_ADDENDUM] : [AgreementKind.PEPA, AgreementKind.UMBRELLA_ADDENDUM];
}

export function missingAgreements(required: AgreementKind[], signed: AgreementKind[]): AgreementKind[] {
  return required.filter((kind) => !signed.includes(kind));
}

/**
 * MEM-3: order of precedence when documents conflict. The addendum (program or umbrella)
 * governs first, then the PEPA, then the program guide.
 */
export const PRECEDENCE: AgreementKind[] = [AgreementKind.PROGRAM_ADDENDUM, AgreementKind.UMBRELLA_ADDENDUM, AgreementKind.PEPA, AgreementKind.PROGRAM_GUIDE];

export interface ClauseSource {
  kind: AgreementKind;
  clauses: Record<string, string>;
  documentId: string | null;
}

export interface GoverningClause {
  kind: AgreementKind;
  documentId: string | null;
  text: string;
  /** Documents lower in precedence that also speak to the topic. */
  overridden: AgreementKind[];
}

/** The clause that governs `topic`: the highest-precedence document that speaks to it. */
export function governingClause(sources: ClauseSource[], topic: string): GoverningClause | null {
  const speaking = sources
    .filter((source) => typeof source.clauses[topic] === 'string')
    .sort((a, b) => PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind));
  const [first, ...rest] = speaking;
  if (!first) return null;
  return { kind: first.kind, documentId: first.documentId, text: first.clauses[topic], overridden: rest.map((s) => s.kind) };
}

/** MEM-4: the enrollment's term is where all its required agreements' terms overlap. */
export function enrollmentTerm(agreements: { termStartsAt: Date; termEndsAt: Date }[]): { startsAt: Date; endsAt: Date } | null {
  if (agreements.length === 0) return null;
  const startsAt = new Date(Math.max(...agreements.map((a) => a.termStartsAt.getTime())));
  const endsAt = new Date(Math.min(...agreements.map((a) => a.termEndsAt.getTime())));
  return startsAt.getTime() <= endsAt.getTime() ? { startsAt, endsAt } : null;
}
