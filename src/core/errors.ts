/**
 * @module The catalog of Spine's error codes. Codes are stable and never reused once published;
 * docs/errors.md lists the same codes (test/contract/errors-doc.test.ts keeps them in sync).
 */

export interface ErrorSpec {
  readonly message: string;
  /** suggested HTTP status when the error reaches the API */
  readonly status: number;
}

export const ERRORS = {
  SPINE_ERR_INTAKE_UNKNOWN_FORMAT: { message: 'the file is in no format Spine reads', status: 422 },
  SPINE_ERR_INTAKE_MALFORMED: {
    message: 'the file looks like a known format but cannot be read',
    status: 422,
  },
  SPINE_ERR_INTAKE_EMPTY: { message: 'the file is empty', status: 422 },
  SPINE_ERR_INTAKE_TOO_LARGE: { message: 'the file is larger than the configured limit', status: 413 },
  SPINE_ERR_INTAKE_ARCHIVE: { message: 'the archive cannot be read safely', status: 422 },
  SPINE_ERR_INTAKE_NOT_FOUND: { message: 'the path does not exist', status: 404 },
  SPINE_ERR_OCR_FAILED: { message: 'text could not be recognised on the image', status: 422 },
  SPINE_ERR_POLICY_INVALID: { message: 'the policy file is not valid', status: 422 },
  SPINE_ERR_POLICY_CONDITION: { message: 'a policy condition cannot be evaluated', status: 422 },
  SPINE_ERR_INVALID_ARGUMENT: { message: 'an argument is missing or not valid', status: 400 },
  SPINE_ERR_NOT_FOUND: { message: 'no such record', status: 404 },
  SPINE_ERR_CONFLICT: { message: 'the change conflicts with the current state', status: 409 },
  SPINE_ERR_GATES_PENDING: { message: 'approval gates are still pending', status: 409 },
  SPINE_ERR_UNAUTHENTICATED: { message: 'sign in first', status: 401 },
  SPINE_ERR_FORBIDDEN: { message: 'your role may not do this', status: 403 },
  SPINE_ERR_CSRF: { message: 'the request is missing its CSRF token', status: 403 },
  SPINE_ERR_UPLOAD_LIMIT: { message: 'the upload is over its limits', status: 413 },
  SPINE_ERR_NOT_APPROVED: { message: 'the packet must be approved first', status: 409 },
  SPINE_ERR_ALREADY_SENT: {
    message: "this version's customer update is already marked as sent",
    status: 409,
  },
  SPINE_ERR_GATES_FROZEN: {
    message: 'gates cannot change after the customer update was sent',
    status: 409,
  },
  SPINE_ERR_RATE_LIMITED: { message: 'too many requests; try again later', status: 429 },
  SPINE_ERR_TOKEN_SCOPE: { message: "the API token's scopes do not allow this", status: 403 },
  SPINE_ERR_ACCOUNT_DISABLED: { message: 'the account is disabled', status: 403 },
  SPINE_ERR_INTERNAL: { message: 'the service failed unexpectedly', status: 500 },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** An error Spine expects and explains; `detail` is safe to show to the user. */
export class SpineError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${ERRORS[code].message}: ${detail}`, options);
    this.name = 'SpineError';
    this.code = code;
    this.detail = detail;
  }
}
