import { RequestContext } from '@alliance/kernel';
import { AgreementKind, ContactRole, NetworkMembershipKind, ProgramKind, Requirement } from '@alliance/membership';
import type { Gateway } from './server';

/**
 * A small demo dataset for `npm start` on an empty database: programs inside the SDDC
 * umbrella, partners with TAP and TSANet memberships, and enrollments in several states.
 * Everything goes through the domain services, so the demo obeys the same rules as the API.
 */
export async function loadDemoData(gateway: Gateway): Promise<{ partners: number; programs: number }> {
  const ctx: RequestContext = gateway.systemContext('demo-data');
  const { membership } = gateway.modules;
  const now = ctx.now();
  const year = now.getUTCFullYear();
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 1, 11, 31, 23, 59, 59, 999));

  return ctx.transaction(async () => {
    const sddc = await membership.programs.create(ctx, {
      code: 'SDDC',
      name: 'SDDC Foundation and Integration',
      kind: ProgramKind.UMBRELLA,
      agreementCutoffDate: '2015-08-31',
      requirements: [],
      guideClauses: [{ topic: 'collateral', text: 'Members may use the collateral of every program inside the umbrella.' }],
    });
    const sva = await membership.programs.create(ctx, {
      code: 'SVA',
      name: 'Storage Virtual Appliance',
      kind: ProgramKind.PROGRAM,
      umbrellaId: sddc.id,
      agreementCutoffDate: '2015-08-31',
      requirements: [Requirement.TSANET_MEMBERSHIP],
      guideClauses: [
        { topic: 'termination', text: 'Either party may terminate with 30 days written notice (Program Guide §2.2).' },
        { topic: 'fees', text: 'Fees are listed in the Program Guide §3.1 and may be waived by the vendor.' },
      ],
    });
    const vro = await membership.programs.create(ctx, {
      code: 'VRO',
      name: 'vRealize Orchestrator Plug-in Certification',
      kind: ProgramKind.PROGRAM,
      umbrellaId: sddc.id,
      agreementCutoffDate: '2015-08-31',
      requirements: [],
      guideClauses: [{ topic: 'certification', text: 'Certification fee of $1000 includes 4 SRs.' }],
    });

    const partners = [
      { name: 'Acme Storage', joinedOn: '2014-03-02', country: 'US', tsanet: true, enroll: [sva.id, vro.id] },
      { name: 'Borealis Networks', joinedOn: '2019-06-15', country: 'CA', tsanet: true, enroll: [sddc.id] },
      { name: 'Cirrus Data', joinedOn: '2021-11-01', country: 'DE', tsanet: false, enroll: [vro.id] },
      { name: 'Delta Backup', joinedOn: '2023-02-20', country: 'GB', tsanet: true, enroll: [sva.id], pendingOnly: true },
      { name: 'Eon Appliances', joinedOn: '2016-09-09', country: 'JP', tsanet: true, enroll: [vro.id], terminate: true },
    ];
    for (const spec of partners) {
      const partner = await membership.partners.create(ctx, { name: spec.name, joinedOn: spec.joinedOn, country: spec.country, website: `https://${spec.name.toLowerCase().replace(/\s+/g, '-')}.example` });
      await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TAP, { partnerId: partner.id, startsAt: start, endsAt: end, reference: `TAP-${partner.id.slice(-6)}` });
      if (spec.tsanet) {
        await membership.partners.recordNetworkMembership(ctx, NetworkMembershipKind.TSANET, { partnerId: partner.id, startsAt: start, endsAt: end, reference: `TSA-${partner.id.slice(-6)}` });
      }
      const slug = spec.name.split(' ')[0].toLowerCase();
      await membership.partners.setContact(ctx, { partnerId: partner.id, role: ContactRole.ALLIANCE_BUSINESS, name: `${spec.name.split(' ')[0]} Alliances`, email: `alliances@${slug}.example` });
      await membership.partners.setContact(ctx, { partnerId: partner.id, role: ContactRole.TECHNICAL_SUPPORT_MANAGER, name: `${spec.name.split(' ')[0]} Support`, email: `support@${slug}.example`, phone: '+1 555 0100' });
      for (const programId of spec.enroll) {
        const enrollment = await membership.enrollments.enroll(ctx, { partnerId: partner.id, programId });
        if (spec.pendingOnly) {
          await membership.enrollments.sign(ctx, { enrollmentId: enrollment.id, kind: AgreementKind.PEPA, signedBy: 'Dana Delta', termStartsAt: start, termEndsAt: end, clauses: [] });
          continue;
        }
        for (const kind of await membership.enrollments.required(ctx, enrollment)) {
          await membership.enrollments.sign(ctx, {
            enrollmentId: enrollment.id,
            kind,
            signedBy: `${spec.name.split(' ')[0]} Legal`,
            termStartsAt: start,
            termEndsAt: end,
            documentVersion: kind === AgreementKind.PEPA ? 'PEPA 2015' : 'Addendum 2.0',
            clauses: kind === AgreementKind.PEPA ? [{ topic: 'termination', text: 'PEPA §9: either party may terminate on 60 days notice.' }] : [],
          });
        }
        if (spec.terminate) await membership.enrollments.terminate(ctx, { enrollmentId: enrollment.id, reason: 'partner left the program' });
      }
    }
    // Cirrus has no TSANet membership: SVA v2 requires it, so it would be reported (MEM-5).
    return { partners: partners.length, programs: 3 };
  });
}
