/**
 * @module The committed report classifiers, imported statically so prepare() stays pure: the
 * issue-kind model (bug | feature | question), the security-incident model (1 | 0) and the
 * security-concern model (1 | 0: the report is in the security area, for Security to confirm).
 */

import type { LinearModel } from './linear-model.js';
import issueKindJson from './models/issue-kind.json' with { type: 'json' };
import securityJson from './models/security.json' with { type: 'json' };
import securityConcernJson from './models/security-concern.json' with { type: 'json' };

export const ISSUE_KIND_MODEL = issueKindJson as unknown as LinearModel;
export const SECURITY_MODEL = securityJson as unknown as LinearModel;
export const SECURITY_CONCERN_MODEL = securityConcernJson as unknown as LinearModel;
