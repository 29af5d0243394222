import { readFileSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';

/**
 * Who sent a request, for per-client budgets: the API key it carries (when a key header is configured)
 * or else its address. The address is the connection's peer; `X-Forwarded-For` is believed only as far
 * as the proxies it passed through are configured as trusted, and never by default.
 */
export interface ClientOptions {
  /** Header naming the client by API key (e.g. `x-api-key`); default none: clients are told by address. */
  keyHeader?: string | undefined;
  /**
   * The keys clients may send; a request with any other key is refused (401). Default none: any key is
   * taken as given, which suits a gateway in front that checks the keys.
   */
  keys?: ReadonlySet<string> | undefined;
  /** Addresses or CIDR ranges of the proxies in front (`10.0.0.0/8`, `::1`); default none. */
  trustedProxies?: readonly string[];
}

export type ClientId = { by: 'key'; id: string } | { by: 'address'; id: string };

export class UnknownKeyError extends Error {
  override name = 'UnknownKeyError';
}

/** `::ffff:127.0.0.1` (an IPv4 peer of a dual-stack socket) is 127.0.0.1. */
function plainAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/** A BlockList of the trusted proxies; throws on an entry that is neither an address nor a range. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`${entry} is not an IP address or range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) {
      throw new Error(`${entry} has no valid prefix length`);
    }
    list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: from the peer, each trusted proxy hands over to the address it names last in
 * `X-Forwarded-For`; the first address that is not a trusted proxy is the client.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trusted: BlockList): string {
  let address = plainAddress(peer);
  const hops = (forwardedFor ?? '')
    .split(',')
    .map(plainAddress)
    .filter((hop) => hop !== '');
  while (isTrusted(trusted, address) && hops.length > 0) {
    const next = hops.pop()!;
    if (isIP(next) === 0) break;
    address = next;
  }
  return address;
}

/** The peer address of the connection a request came on, where the server adapter gives one. */
export function peerAddress(serverContext: unknown): string | undefined {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress;
}

/** Tells clients apart by the options; undefined for a request with neither key nor connection. */
export function clientIdentifier(
  options: ClientOptions,
): (request: Request, serverContext: unknown) => ClientId | undefined {
  const trusted = trustedProxyList(options.trustedProxies ?? []);
  const header = options.keyHeader?.toLowerCase();
  return (request, serverContext) => {
    const key = header ? request.headers.get(header) : null;
    if (key !== null && key !== '') {
      if (options.keys && !options.keys.has(key)) {
        throw new UnknownKeyError(`the API key in the ${header} header is not one this server knows`);
      }
      return { by: 'key', id: key };
    }
    const peer = peerAddress(serverContext);
    if (peer === undefined) return undefined;
    return { by: 'address', id: clientAddress(peer, request.headers.get('x-forwarded-for'), trusted) };
  };
}

/** The keys of a keys file: one a line; blank lines and lines starting with `#` are skipped. */
export function readApiKeys(file: string): Set<string> {
  const keys = new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  if (keys.size === 0) throw new Error(`${file} holds no key`);
  return keys;
}
