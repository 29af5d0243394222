import type { GraphQLAnswer } from './graphql.ts';

/** A refusal with the status it is answered with; its message is for the client (never markup). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
    throw new HttpError(answer.status >= 400 && answer.status !== 500 ? answer.status : 400, message);
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
