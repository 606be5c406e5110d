import { CertificationChecklistKind, CertificationQuestionnaireKind } from '../enums';

export interface ChecklistItemDefinition {
  key: string;
  section: string;
  text: string;
}

/** CERT-15: the download bundle documentation checklist (000 §3.3.1.1, 001 §3.3.1.1). */
export const DOWNLOAD_BUNDLE_ITEMS: ChecklistItemDefinition[] = [
  { key: 'RELEASE_NOTES_FIXED', section: 'Release notes', text: 'What was fixed' },
  { key: 'RELEASE_NOTES_ADDED', section: 'Release notes', text: 'What was added' },
  { key: 'RELEASE_NOTES_KNOWN_BUGS', section: 'Release notes', text: 'Known bugs' },
  { key: 'RELEASE_NOTES_HISTORY', section: 'Release notes', text: 'Release note organization stays consistent over time and versions, with history included' },
  { key: 'INSTALL_PREREQUISITES', section: 'Installation and configuration guide', text: 'Prerequisites (for example Java run-time environment, .NET)' },
  {
    key: 'INSTALL_PROOF_CASE',
    section: 'Installation and configuration guide',
    text: 'Supported configurations with at least one simple, hardened test configuration that performs all functions (the proof case)',
  },
  {
    key: 'INSTALL_LICENSING_ENCRYPTION',
    section: 'Installation and configuration guide',
    text: 'Licensing assumptions spelled out explicitly; details of any encryption being used',
  },
  {
    key: 'INSTALL_TROUBLESHOOTING',
    section: 'Installation and configuration guide',
    text: 'Troubleshooting guide spelling out common error messages and typical configuration misunderstandings',
  },
  { key: 'SUPPORT_LOGS', section: 'Support engagement process', text: 'Which logs to have handy and how to collect them' },
  {
    key: 'SUPPORT_INFORMATION',
    section: 'Support engagement process',
    text: 'What Partner Software information to gather for each type of problem (screenshots, array managers, replicated volumes, and so forth)',
  },
  { key: 'SUPPORT_CONTACT_PROTOCOL', section: 'Support engagement process', text: 'Contact protocol with URLs and toll-free telephone numbers' },
  { key: 'SUPPORT_ENTITLEMENT_IDENTITY', section: 'Support engagement process', text: 'Any entitlement identity that might be required for support' },
];

/** CERT-15: TOI checklist of the CLI/API program (000 Appendix C). */
const TOI_CLI_API: ChecklistItemDefinition[] = [
  { key: 'TOI_LICENSING', section: '1', text: 'Licensing requirements (yes/no); if yes, details' },
  { key: 'TOI_SW_PREREQUISITES', section: '2.a', text: 'Software prerequisites for plug-in installation (perl, java, array management servers, etc.)' },
  { key: 'TOI_HW_PREREQUISITES', section: '2.b', text: 'Hardware prerequisites (array hardware and firmware versions, visibility, credentials, etc.)' },
  { key: 'TOI_INSTALLATION', section: '3', text: 'Plug-in installation (step by step instructions)' },
  { key: 'TOI_INITIAL_CONFIGURATION', section: '4', text: 'Plug-in initial configuration (config files, UI parameters, etc.)' },
  { key: 'TOI_BEHAVIOR', section: '5', text: 'Plug-in behavior' },
  { key: 'TOI_TROUBLESHOOTING', section: '6.a', text: 'Relevant troubleshooting guidelines: error messages, what they mean, appropriate remedies' },
  { key: 'TOI_ARRAY_ADMINISTRATION', section: '7', text: 'Array capabilities and basic administration' },
  { key: 'TOI_LOGS_GOOD', section: '8.a', text: 'Log files with known results: what to expect when everything is running correctly' },
  { key: 'TOI_LOGS_NEGATIVE', section: '8.b', text: 'Log files with known results: sample outputs from known negative conditions' },
  { key: 'TOI_VERBOSE_LOGS', section: '9', text: 'Log files with error messages with a verbose mode option (available, off by default)' },
  { key: 'TOI_USER_GUIDE_ERRORS', section: '10', text: 'Users guide / design document for errors' },
  { key: 'TOI_DOWNLOAD_URL', section: '11', text: "URL where customers download the partner's plug-in" },
  { key: 'TOI_SUPPORT_POLICY_URL', section: '12', text: 'URL where customers can see the support policy for plug-ins' },
  { key: 'TOI_RELEASE_NOTES', section: '13', text: 'Release notes and version information, with known and fixed issues' },
];

/** CERT-15: TOI checklist of the plug-in program (001 Appendix E). */
const TOI_PLUG_IN: ChecklistItemDefinition[] = [
  { key: 'TOI_SW_PREREQUISITES', section: '1.a', text: 'Software prerequisites (perl, java, array management software, etc.)' },
  { key: 'TOI_HW_PREREQUISITES', section: '1.b', text: 'Hardware prerequisites (array hardware and firmware versions, visibility, credentials, etc.)' },
  { key: 'TOI_LICENSING', section: '1.c', text: 'Licensing requirements (yes/no); if yes, details' },
  { key: 'TOI_INSTALLATION', section: '2', text: 'Partner Software installation (if applicable): step-by-step installation guide' },
  {
    key: 'TOI_INITIAL_CONFIGURATION',
    section: '3',
    text: 'Initial configuration (config files, UI parameters, special options), pre and post installation configuration and optional parameters',
  },
  { key: 'TOI_RELEASE_NOTES', section: '4', text: 'Release notes and version information, with known and fixed issues' },
  { key: 'TOI_BEHAVIOR_FAILBACK', section: '5', text: 'Product behavior, information on failback process' },
  { key: 'TOI_ARRAY_ADMINISTRATION', section: '6', text: 'Array capabilities and basic administration' },
  { key: 'TOI_ERROR_MESSAGES', section: '7.a', text: 'List of all error messages, what they mean, appropriate remedies' },
  { key: 'TOI_LOGS_GOOD', section: '7.b.i', text: 'Log files with known results: expected good output and what it means' },
  { key: 'TOI_LOGS_BAD', section: '7.b.ii', text: 'Log files with known results: expected bad output and what it means' },
  { key: 'TOI_VERBOSE_LOGS', section: '7.c', text: 'Log files with error messages with a verbose mode option (available, off by default)' },
  { key: 'TOI_DOWNLOAD_URL', section: '8', text: 'URL where customers download the Partner Software' },
  { key: 'TOI_SUPPORT_POLICY_URL', section: '9', text: 'URL where customers can see the support policy for the Partner Software' },
];

export const TOI_ITEMS: Record<CertificationQuestionnaireKind, ChecklistItemDefinition[]> = { CLI_API: TOI_CLI_API, PLUG_IN: TOI_PLUG_IN };

export function checklistItems(checklist: CertificationChecklistKind, programKind: CertificationQuestionnaireKind): ChecklistItemDefinition[] {
  return checklist === CertificationChecklistKind.DOWNLOAD_BUNDLE ? DOWNLOAD_BUNDLE_ITEMS : TOI_ITEMS[programKind];
}

/** Items of a checklist not yet marked done. */
export function openItems(definitions: ChecklistItemDefinition[], doneKeys: Set<string>): ChecklistItemDefinition[] {
  return definitions.filter((item) => !doneKeys.has(item.key));
}
