import { describe, expect, it } from 'vitest';
import { clientAddress, clientIdentifier, trustedProxyList } from '../../../src/server/plugins/client.ts';

const peer = (remoteAddress: string) => ({ req: { socket: { remoteAddress } } });

describe('client address', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const none = trustedProxyList([]);
    expect(clientAddress('192.0.2.1', '198.51.100.7', none)).toBe('192.0.2.1');
    expect(clientAddress('::ffff:192.0.2.1', null, none)).toBe('192.0.2.1');
  });

  it('follows X-Forwarded-For from the right through trusted proxies only', () => {
    const trusted = trustedProxyList(['10.0.0.0/8', '2001:db8::/32', '192.0.2.10']);
    expect(clientAddress('10.0.0.1', '198.51.100.7', trusted)).toBe('198.51.100.7');
    // The leftmost entries are the client's own claims: only the first untrusted hop from the right counts.
    expect(clientAddress('10.0.0.1', '1.1.1.1, 198.51.100.7, 10.2.3.4', trusted)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:192.0.2.10', '2001:db8::5, 203.0.113.4', trusted)).toBe('203.0.113.4');
    expect(clientAddress('2001:db8::1', '[2001:db9::2], 2001:db8:ffff::9', trusted)).toBe('2001:db9::2');
    // A trusted proxy with nothing, or garbage, before it is the client as far as can be known.
    expect(clientAddress('10.0.0.1', null, trusted)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', 'unknown', trusted)).toBe('10.0.0.1');
  });

  it('refuses a trusted proxy entry that is not an address or a range', () => {
    expect(() => trustedProxyList(['10.0.0.0/33'])).toThrow(/10\.0\.0\.0\/33 has no valid prefix length/);
    expect(() => trustedProxyList(['proxy.example'])).toThrow(/is not an IP address or range/);
  });
});

describe('client identifier', () => {
  const request = (headers: Record<string, string> = {}) => new Request('http://x/graphql', { headers });

  it('is the address without a key header, and nothing without a connection', () => {
    const identify = clientIdentifier({});
    expect(identify(request({ 'x-api-key': 'k' }), peer('192.0.2.1'))).toEqual({
      by: 'address',
      id: '192.0.2.1',
    });
    expect(identify(request(), {})).toBeUndefined();
  });

  it('is the key when a key header is configured and sent, and refuses a key not in the list', () => {
    const open = clientIdentifier({ keyHeader: 'X-Api-Key' });
    expect(open(request({ 'x-api-key': 'any' }), peer('192.0.2.1'))).toEqual({ by: 'key', id: 'any' });
    expect(open(request(), peer('192.0.2.1'))).toEqual({ by: 'address', id: '192.0.2.1' });
    const listed = clientIdentifier({ keyHeader: 'x-api-key', keys: new Set(['good']) });
    expect(listed(request({ 'x-api-key': 'good' }), peer('192.0.2.1'))).toEqual({ by: 'key', id: 'good' });
    expect(() => listed(request({ 'x-api-key': 'bad' }), peer('192.0.2.1'))).toThrow(
      'the API key in the x-api-key header is not one this server knows',
    );
  });
});
