/**
 * @module The committed report classifiers, imported statically so prepare() stays pure: the
 * issue-kind model (bug | feature | question) and the security model (1 | 0).
 */

import type { LinearModel } from './linear-model.js';
import issueKindJson from './models/issue-kind.json' with { type: 'json' };
import securityJson from './models/security.json' with { type: 'json' };

export const ISSUE_KIND_MODEL = issueKindJson as unknown as LinearModel;
export const SECURITY_MODEL = securityJson as unknown as LinearModel;
