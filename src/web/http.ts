import type { GraphQLAnswer } from './graphql.ts';

/** A refusal with the status it is answered with; its message is for the client (never markup). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** When the client may try again (the API's Retry-After), for a refusal that has one. */
    readonly retryAfter: string | null = null,
  ) {
    super(message);
  }
}

/** The headers a refusal carries beyond its body: Retry-After when the API gave one. */
export const refusalHeaders = (error: HttpError): Record<string, string> =>
  error.retryAfter ? { 'retry-after': error.retryAfter } : {};

/**
 * The data of an answer, or the refusal it stands for: a refusal of the request itself (authentication,
 * rate limits, a body too large) keeps its status, an internal error stays a 500, and the rest are about
 * what the client asked for (400).
 */
export function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors.length > 0) {
    const message = answer.errors.map((error) => error.message).join('; ');
    if (answer.errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      throw new HttpError(500, message);
    }
    const status = answer.status >= 400 && answer.status !== 500 ? answer.status : 400;
    throw new HttpError(status, message, answer.retryAfter);
  }
  if (answer.status >= 400 || !answer.data) {
    throw new HttpError(502, `the GraphQL API answered ${answer.status}`);
  }
  return answer.data;
}

/** Only reading is offered: anything but GET and HEAD is answered 405 with what is allowed. */
export function readOnly(request: Request): Response | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
}

/** A HEAD request gets the headers of the GET without its body. */
export function forMethod(request: Request, response: Response): Response {
  if (request.method !== 'HEAD' || response.body === null) return response;
  return new Response(null, { status: response.status, headers: response.headers });
}
