import Negotiator from 'negotiator';
import { HttpError } from '../web/http.ts';
import { SUFFIXES, type Suffix } from './addresses.ts';

/** The forms of every entity and report address, the page first (what a browser gets). */
export const FORMATS = ['text/html', 'application/ld+json', 'application/json'] as const;
export type Format = (typeof FORMATS)[number];

/** Longest Accept header read; browsers send about 100 characters. */
const MAX_ACCEPT = 2_000;

/**
 * The form to answer with: the suffix's when the address has one, else the best the Accept header takes
 * (no header takes anything: the page). A header that takes none of them is a 406 that lists them.
 */
export function negotiate(request: Request, suffix: Suffix | undefined): Format {
  if (suffix) return SUFFIXES[suffix];
  const accept = request.headers.get('accept') ?? '*/*';
  if (accept.length > MAX_ACCEPT) {
    throw new HttpError(400, `the Accept header is longer than ${MAX_ACCEPT} characters`);
  }
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...FORMATS]);
  if (!chosen) {
    throw new HttpError(406, `this address is offered as ${FORMATS.join(', ')}`);
  }
  return chosen as Format;
}
