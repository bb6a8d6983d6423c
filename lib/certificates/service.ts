// CONTRACT STUB (owned by the cert-doc branch): issues, grants and revokes certificates. Writes in transactions.

export interface IssueResult {
  /** Newly issued in this call. */
  issued: number;
  /** Already issued before (not revoked). */
  existing: number;
}

/** Issues a certificate to every eligible registration of the event that has none yet; idempotent, batched. */
export async function issueCertificates(_eventId: string): Promise<IssueResult> {
  throw new Error('issueCertificates: not implemented yet');
}
