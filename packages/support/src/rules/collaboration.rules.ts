import { SupportCaseDirection, SupportCaseKind, SupportCaseLead, SupportIssueArea, SupportVendorTeam } from '../enums';

/**
 * SUP-3: who leads a case and which vendor team works it.
 * - A customer report is led by vendor product support.
 * - Vendor to partner: diagnosed as the partner's issue, so the partner leads.
 * - Partner to vendor: isolated to the vendor product, so vendor product support leads.
 * - SDK/API issues: the partner leads, with the vendor's Developer Support in the background
 *   (product support does not support SDK APIs), whichever side opened the case.
 */
export function caseOwnership(
  kind: SupportCaseKind,
  direction: SupportCaseDirection | null,
  area: SupportIssueArea,
): { lead: SupportCaseLead; vendorTeam: SupportVendorTeam } {
  if (area === SupportIssueArea.SDK_API) return { lead: SupportCaseLead.PARTNER, vendorTeam: SupportVendorTeam.DEVELOPER_SUPPORT };
  if (kind === SupportCaseKind.COLLABORATIVE && direction === SupportCaseDirection.VENDOR_TO_PARTNER) {
    return { lead: SupportCaseLead.PARTNER, vendorTeam: SupportVendorTeam.PRODUCT_SUPPORT };
  }
  return { lead: SupportCaseLead.VENDOR, vendorTeam: SupportVendorTeam.PRODUCT_SUPPORT };
}
