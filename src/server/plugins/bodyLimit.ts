import { createGraphQLError, type Plugin } from 'graphql-yoga';

const tooLarge = (limit: number) =>
  createGraphQLError(`Request body too large: the limit is ${limit} bytes`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/** Reads a body without a declared length, refusing it as soon as it passes `limit` bytes. */
async function readLimited(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/**
 * The request body limit (413). A declared Content-Length is checked before anything is read, and
 * Node's HTTP parser never hands on more than it declares, so such a body is passed on untouched. Only
 * a body without one (chunked) is counted as it is read. Yoga's own limit wraps every body in a stream
 * transform, a cost paid on each request for the rare chunked one.
 */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) {
          throw createGraphQLError('The Content-Length header is not a length', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        const body = await readLimited(original.body!, limit);
        return parse(
          new fetchAPI.Request(original.url, {
            method: original.method,
            headers: original.headers,
            signal: original.signal,
            body,
          }),
        );
      });
    },
  };
}
