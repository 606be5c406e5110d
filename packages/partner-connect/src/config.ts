/**
 * The program's data: levels, booking types with their multipliers, the perpetual / SnS cap,
 * lifecycle activities and credential values. Passed to `createPartnerConnectModule(ports, config)`;
 * every number here is data, not code. Points are integer thousandths of a point.
 */
export interface LevelDefinition {
  /** Stable code, such as `PRINCIPAL`. */
  code: string;
  name: string;
  /** Performance points needed, in thousandths. */
  performanceThousandths: number;
  /** Capability points needed, in thousandths. */
  capabilityThousandths: number;
  /**
   * Further requirements: `ENROLLMENT_FEE_PAID`, `BUSINESS_MODEL:<model>`, `CREDENTIAL:<kind>`
   * (a valid credential of that kind).
   */
  requirements: string[];
}

export interface BookingTypeDefinition {
  code: string;
  /** Extra points in percent of the base points; stacks additively with the booking's other types. */
  multiplierPercent: number;
  /** Perpetual licenses and support-and-subscription renewals count toward the yearly cap. */
  countsTowardCap: boolean;
}

export interface PartnerConnectConfig {
  /** First month (1-12) of the program year on the vendor fiscal calendar; it starts on day 1 at 00:00 UTC. */
  fiscalYearStartMonth: number;
  /** Levels lowest first; the first two must be COMMUNITY_ENROLLED and COMMUNITY. */
  levels: LevelDefinition[];
  bookingTypes: BookingTypeDefinition[];
  /** Cap per program year on points from capped booking types (base and bonus), in thousandths. */
  perpetualCapThousandths: number;
  /** Lifecycle activities and the points an approved base claim earns, in thousandths. */
  lifecycleActivities: Record<string, number>;
  /** Capability points of a valid credential of each kind, in thousandths. */
  credentialPoints: Record<'SOLUTION_COMPETENCY' | 'MASTER_SERVICES_COMPETENCY' | 'ACCREDITATION' | 'SPECIALIZATION', number>;
  /** Days after the start of a program year on which the annual audit of the year before falls. */
  auditOffsetDays: number;
}

export const COMMUNITY_ENROLLED = 'COMMUNITY_ENROLLED';
export const COMMUNITY = 'COMMUNITY';

export const DEFAULT_CONFIG: PartnerConnectConfig = {
  fiscalYearStartMonth: 2,
  levels: [
    { code: COMMUNITY_ENROLLED, name: 'Community-Enrolled', performanceThousandths: 0, capabilityThousandths: 0, requirements: [] },
    { code: COMMUNITY, name: 'Community', performanceThousandths: 0, capabilityThousandths: 0, requirements: ['ENROLLMENT_FEE_PAID'] },
    { code: 'PRINCIPAL', name: 'Principal', performanceThousandths: 900_000, capabilityThousandths: 100_000, requirements: [] },
    {
      code: 'PINNACLE',
      name: 'Pinnacle',
      performanceThousandths: 9_000_000,
      capabilityThousandths: 1_000_000,
      requirements: ['CREDENTIAL:SPECIALIZATION'],
    },
  ],
  bookingTypes: [
    { code: 'SUBSCRIPTION', multiplierPercent: 0, countsTowardCap: false },
    { code: 'SAAS', multiplierPercent: 20, countsTowardCap: false },
    { code: 'NEW_LOGO', multiplierPercent: 10, countsTowardCap: false },
    { code: 'STRATEGIC_SOLUTION', multiplierPercent: 15, countsTowardCap: false },
    { code: 'PERPETUAL_LICENSE', multiplierPercent: 0, countsTowardCap: true },
    { code: 'SNS_RENEWAL', multiplierPercent: 0, countsTowardCap: true },
  ],
  perpetualCapThousandths: 250_000,
  lifecycleActivities: {
    ASSESSMENT: 5_000,
    DEPLOYMENT: 10_000,
    CUSTOMER_SUCCESS: 8_000,
    INCIDENT_RESPONSE: 12_000,
  },
  credentialPoints: {
    SOLUTION_COMPETENCY: 20_000,
    MASTER_SERVICES_COMPETENCY: 50_000,
    ACCREDITATION: 10_000,
    SPECIALIZATION: 100_000,
  },
  auditOffsetDays: 0,
};

/** Merges a partial configuration over the defaults and checks it. */
export function resolveConfig(partial: Partial<PartnerConnectConfig> = {}): PartnerConnectConfig {
  const config = { ...DEFAULT_CONFIG, ...partial };
  if (!Number.isInteger(config.fiscalYearStartMonth) || config.fiscalYearStartMonth < 1 || config.fiscalYearStartMonth > 12) {
    throw new RangeError('fiscalYearStartMonth must be 1 to 12');
  }
  if (config.levels[0]?.code !== COMMUNITY_ENROLLED || config.levels[1]?.code !== COMMUNITY) {
    throw new RangeError('the first two levels must be COMMUNITY_ENROLLED and COMMUNITY');
  }
  for (const level of config.levels) {
    for (const requirement of level.requirements) {
      if (requirement !== 'ENROLLMENT_FEE_PAID' && !/^(BUSINESS_MODEL|CREDENTIAL):[A-Z_]+$/.test(requirement)) {
        throw new RangeError(`level ${level.code}: unknown requirement ${requirement}`);
      }
    }
  }
  for (const type of config.bookingTypes) {
    if (!Number.isInteger(type.multiplierPercent) || type.multiplierPercent < 0) {
      throw new RangeError(`booking type ${type.code}: multiplierPercent must be a whole number, zero or more`);
    }
  }
  return config;
}
