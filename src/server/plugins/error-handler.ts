/**
 * @module The one place errors become HTTP answers: Spine's coded errors by their catalog status,
 * bad requests with the field at fault, everything unexpected as a plain 500 (details only in the log).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { ERRORS, SpineError } from '../../core/errors.js';

const UPLOAD_LIMIT_CODES = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof SpineError) {
      return reply
        .status(ERRORS[error.code].status)
        .send({ error: { code: error.code, message: error.message, detail: error.detail } });
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((issue) => ({
        field: issue.path.join('.') || '(body)',
        message: issue.message,
      }));
      const first = issues[0];
      return reply.status(400).send({
        error: {
          code: 'SPINE_ERR_INVALID_ARGUMENT',
          message: first ? `${first.field}: ${first.message}` : 'invalid request',
          detail: first ? `${first.field}: ${first.message}` : 'invalid request',
          issues,
        },
      });
    }
    const code = (error as FastifyError).code;
    if (code && UPLOAD_LIMIT_CODES.has(code)) {
      return reply.status(413).send({ error: { code: 'SPINE_ERR_UPLOAD_LIMIT', message: error.message } });
    }
    // the framework's own 4xx (bad JSON, unsupported media type …) keep their status under a catalog code
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ error: { code: 'SPINE_ERR_INVALID_ARGUMENT', message: error.message } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .status(500)
      .send({ error: { code: 'SPINE_ERR_INTERNAL', message: ERRORS.SPINE_ERR_INTERNAL.message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'SPINE_ERR_NOT_FOUND', message: `no route ${request.method} ${request.url}` } }),
  );
}
