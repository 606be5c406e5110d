/**
 * CERT-13: every released version, patch and hot fix carries a fully qualified, dated
 * release signature (version nodes + release date). It must be unique: its date AND at
 * least one node of its version differ from every other released version of the software.
 */
export interface ReleaseSignature {
  version: string;
  releasedOn: string;
}

export interface SignatureConflict {
  field: 'version' | 'releasedOn';
  message: string;
  conflictsWith: ReleaseSignature;
}

/** Dotted numeric nodes, 1 to 6 of them: `2`, `2.1`, `2.1.0.4`. */
export const VERSION_PATTERN = /^\d{1,9}(\.\d{1,9}){0,5}$/;

export function versionNodes(version: string): number[] {
  if (!VERSION_PATTERN.test(version)) throw new RangeError(`not a dotted numeric version: ${version}`);
  return version.split('.').map((node) => Number(node));
}

/**
 * Two versions differ in at least one node. Missing trailing nodes count as 0,
 * so `2.1` and `2.1.0` are the same signature nodes (Decision, README).
 */
export function differInSomeNode(a: string, b: string): boolean {
  const x = versionNodes(a);
  const y = versionNodes(b);
  const length = Math.max(x.length, y.length);
  for (let i = 0; i < length; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return true;
  return false;
}

export function signatureText(signature: ReleaseSignature): string {
  return `${signature.version} (${signature.releasedOn})`;
}

/** The first released version the candidate would not be distinguishable from, or null. */
export function findSignatureConflict(candidate: ReleaseSignature, released: ReleaseSignature[]): SignatureConflict | null {
  for (const other of released) {
    if (!differInSomeNode(candidate.version, other.version)) {
      return {
        field: 'version',
        conflictsWith: other,
        message: `CERT-13: version ${candidate.version} has the same version nodes as released version ${signatureText(other)}; at least one node must differ`,
      };
    }
    if (candidate.releasedOn === other.releasedOn) {
      return {
        field: 'releasedOn',
        conflictsWith: other,
        message: `CERT-13: release date ${candidate.releasedOn} is the date of released version ${signatureText(other)}; the release date must differ`,
      };
    }
  }
  return null;
}
