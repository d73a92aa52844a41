import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, InputError } from '../shared/errors';

/**
 * CKAN's answer envelope and its parameters (CKAN 2.10 `ckan/views/api.py`): every answer is
 * `{ help, success, result }` or `{ help, success: false, error: { __type, message } }`, and a
 * parameter comes from the query string (GET) or from a JSON or form body (POST).
 */

/** 400 "Bad request": an unknown action, a body that is not JSON. */
export class CkanBadRequest extends Error {}

/** CKAN's error types and the HTTP status it sends with each; consent refusals never reach CKAN's routes. */
const errorTypes: Partial<Record<DomainError['code'], [number, string]>> = {
  BAD_USER_INPUT: [409, 'Validation Error'],
  CONFLICT: [409, 'Validation Error'],
  NOT_FOUND: [404, 'Not Found Error'],
  FORBIDDEN: [403, 'Authorization Error'],
  UNAUTHENTICATED: [403, 'Authorization Error'],
};

export function invalid(field: string, message: string): InputError {
  return new InputError([{ field, message }]);
}

/** What a body parser of the CKAN routes leaves for a body it could not read, so the answer is CKAN's 400. */
export class UnreadableBody {
  constructor(readonly reason: string) {}
}

/**
 * The parameters of one call. Values from a JSON body keep their JSON type (the okfn client
 * posts `filters` as an object); from a query string or a form they are text. The body wins
 * over the query string.
 */
export class CkanParams {
  private constructor(private readonly values: Record<string, unknown>) {}

  static of(request: FastifyRequest): CkanParams {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const body = request.body;
    if (body instanceof UnreadableBody) throw new CkanBadRequest(`JSON Error: ${body.reason}`);
    if (body instanceof URLSearchParams) return new CkanParams({ ...query, ...formValues(body) });
    if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body))) {
      throw new CkanBadRequest('JSON Error: Request data JSON decoded to a non-dictionary');
    }
    return new CkanParams({ ...query, ...((body as Record<string, unknown> | null) ?? {}) });
  }

  /** As it came: text from a query string or form, any JSON value from a JSON body. */
  value(name: string): unknown {
    return this.values[name];
  }

  /** A text parameter; numbers and booleans as their text; a list or object is an error naming the parameter. */
  text(name: string): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw invalid(name, 'cần một chuỗi (must be a string)');
  }

  required(name: string): string {
    const value = this.text(name)?.trim();
    if (!value) throw invalid(name, 'Missing value');
    return value;
  }

  /** An integer from `min`; above `cap` it is cut to `cap`, as CKAN's limit_to_configured_maximum does. */
  integer(name: string, fallback: number, min: number, cap = Number.MAX_SAFE_INTEGER): number {
    const text = this.text(name)?.trim();
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw invalid(name, `số nguyên từ ${min} (an integer from ${min})`);
    return Math.min(value, cap);
  }

  boolean(name: string, fallback: boolean): boolean {
    const text = this.text(name)?.trim().toLowerCase();
    if (text === undefined || text === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
    throw invalid(name, 'true hoặc false (true or false)');
  }

  /** A JSON value: parsed from text, or as it came in a JSON body. */
  json(name: string): unknown {
    const value = this.values[name];
    if (typeof value !== 'string') return value;
    if (value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      throw invalid(name, 'không phải JSON (not JSON)');
    }
  }

  /** A list: a JSON array (CKAN's `facet.field=["tags"]`), a comma-separated text, or an array in a JSON body. */
  list(name: string): string[] | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === '') return undefined;
    const listed = typeof value === 'string' && value.trim().startsWith('[') ? this.json(name) : value;
    const items = Array.isArray(listed) ? listed : typeof listed === 'string' ? listed.split(',') : [listed];
    if (!items.every((item) => typeof item === 'string')) throw invalid(name, 'cần danh sách chuỗi (must be a list of strings)');
    return items.map((item) => item.trim()).filter(Boolean);
  }
}

/** A form's fields; a form whose only key is a JSON object with no value is that object (how jQuery-era clients post). */
function formValues(form: URLSearchParams): Record<string, unknown> {
  const keys = [...form.keys()];
  if (keys.length === 1 && form.get(keys[0]) === '' && keys[0].trim().startsWith('{')) {
    try {
      return JSON.parse(keys[0]) as Record<string, unknown>;
    } catch {
      throw new CkanBadRequest('JSON Error: the form holds no JSON object');
    }
  }
  return Object.fromEntries(form.entries());
}

export function sendSuccess(reply: FastifyReply, help: string, result: unknown): FastifyReply {
  return reply.send({ help, success: true, result });
}

/** `{ help, success: false, error: { __type, message } }` with CKAN's status; a validation error names its fields instead. */
export function sendError(reply: FastifyReply, help: string, error: unknown): FastifyReply {
  if (error instanceof CkanBadRequest) {
    return reply.status(400).send({ help, success: false, error: { __type: 'Bad request', message: `Bad request - ${error.message}` } });
  }
  if (!(error instanceof DomainError)) return sendRefusal(reply, help, error);
  const [status, type] = errorTypes[error.code] ?? [403, 'Authorization Error'];
  // A validation error is its fields' messages only, as CKAN sends it (clients join them into their own message).
  const details =
    error instanceof InputError
      ? Object.fromEntries(error.problems.map((problem) => [problem.field, [problem.message]]))
      : { message: error.message };
  return reply.status(status).send({ help, success: false, error: { __type: type, ...details } });
}

/** CKAN's type for a refusal by status, when the refusal is the hub's HTTP layer's rather than an action's. */
const typeOfStatus: Record<number, string> = {
  403: 'Authorization Error',
  404: 'Not Found Error',
  409: 'Validation Error',
  429: 'Too Many Requests',
};

/** A client error (4xx) from the HTTP layer in CKAN's envelope; anything else goes on to the hub's error handler. */
function sendRefusal(reply: FastifyReply, help: string, error: unknown): FastifyReply {
  // Fastify's errors and @fastify/rate-limit's refusal (a plain object) carry their status.
  const { statusCode: status = 500, message = '' } = (typeof error === 'object' && error !== null ? error : {}) as {
    statusCode?: number;
    message?: string;
  };
  if (status < 400 || status >= 500) throw error;
  return reply.status(status).send({ help, success: false, error: { __type: typeOfStatus[status] ?? 'Bad request', message } });
}
