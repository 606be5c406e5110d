export * from './severity-policy.entity';
export * from './support-case.entity';
export * from './case-escalation.entity';
export * from './readiness-item.entity';
export * from './checklist-evidence.entity';
export * from './end-of-support.entity';
export * from './tsanet-group.entity';
export * from './tsanet-member.entity';
export * from './engineering-question.entity';

import { SeverityPolicy } from './severity-policy.entity';
import { SupportCase } from './support-case.entity';
import { SupportCaseEscalation } from './case-escalation.entity';
import { SupportReadinessItem } from './readiness-item.entity';
import { SupportChecklistEvidence } from './checklist-evidence.entity';
import { SupportEndOfSupport } from './end-of-support.entity';
import { TsanetGroup } from './tsanet-group.entity';
import { TsanetMember } from './tsanet-member.entity';
import { EngineeringQuestion } from './engineering-question.entity';

export const SUPPORT_ENTITIES = [
  SeverityPolicy,
  SupportCase,
  SupportCaseEscalation,
  SupportReadinessItem,
  SupportChecklistEvidence,
  SupportEndOfSupport,
  TsanetGroup,
  TsanetMember,
  EngineeringQuestion,
];
