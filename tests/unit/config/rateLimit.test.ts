import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../../src/config/env.ts';
import { configFromEnv } from '../../../src/server/app.ts';
import { DEFAULT_RATE_LIMIT } from '../../../src/server/plugins/rateLimit.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'coopgraph-rate-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (env: Record<string, string>) => configFromEnv(readEnv(env)).rateLimit;

describe('per-client budgets from the environment', () => {
  it('are on in production with the documented defaults, off in development, and follow the switch', () => {
    expect(config({ NODE_ENV: 'production' })).toEqual({
      ...DEFAULT_RATE_LIMIT,
      keyHeader: undefined,
      keys: undefined,
      trustedProxies: [],
    });
    expect(config({})).toBeUndefined();
    expect(config({ NODE_ENV: 'production', COOPGRAPH_RATE_LIMIT: 'false' })).toBeUndefined();
    expect(config({ COOPGRAPH_RATE_LIMIT: 'true' })).toBeDefined();
  });

  it('takes every setting', () => {
    const keys = path.join(dir, 'keys');
    writeFileSync(keys, 'a\n\n# comment\nb\n');
    expect(
      config({
        COOPGRAPH_RATE_LIMIT: 'on',
        COOPGRAPH_RATE_LIMIT_WINDOW_MS: '1000',
        COOPGRAPH_RATE_LIMIT_REQUESTS: '5',
        COOPGRAPH_RATE_LIMIT_COST: '300000',
        COOPGRAPH_RATE_LIMIT_KEY_HEADER: 'X-Api-Key',
        COOPGRAPH_RATE_LIMIT_KEYS_FILE: keys,
        COOPGRAPH_TRUSTED_PROXIES: '10.0.0.0/8, ::1',
      }),
    ).toEqual({
      windowMs: 1000,
      requests: 5,
      cost: 300000,
      keyHeader: 'x-api-key',
      keys: new Set(['a', 'b']),
      trustedProxies: ['10.0.0.0/8', '::1'],
    });
  });

  it.each([
    [
      { COOPGRAPH_TRUSTED_PROXIES: '10.0.0.0/40' },
      /COOPGRAPH_TRUSTED_PROXIES(\.\d+)?: a comma-separated list of IP/,
    ],
    [{ COOPGRAPH_TRUSTED_PROXIES: 'proxy.example' }, /COOPGRAPH_TRUSTED_PROXIES/],
    [{ COOPGRAPH_RATE_LIMIT_REQUESTS: '0' }, /COOPGRAPH_RATE_LIMIT_REQUESTS/],
    [{ COOPGRAPH_RATE_LIMIT_WINDOW_MS: 'soon' }, /COOPGRAPH_RATE_LIMIT_WINDOW_MS/],
    [
      { COOPGRAPH_RATE_LIMIT_KEY_HEADER: 'x api key' },
      /COOPGRAPH_RATE_LIMIT_KEY_HEADER: an HTTP header name/,
    ],
    [
      { COOPGRAPH_RATE_LIMIT_KEYS_FILE: '/keys' },
      /COOPGRAPH_RATE_LIMIT_KEYS_FILE: needs COOPGRAPH_RATE_LIMIT_KEY_HEADER/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => readEnv(env)).toThrow(ConfigError);
    expect(() => readEnv(env)).toThrow(message);
  });

  it('refuses a cost budget smaller than one allowed operation, and a keys file it cannot use', () => {
    expect(() => config({ COOPGRAPH_RATE_LIMIT: 'true', COOPGRAPH_RATE_LIMIT_COST: '1000' })).toThrow(
      /COOPGRAPH_RATE_LIMIT_COST: 1000 is less than COOPGRAPH_MAX_COST \(200000\)/,
    );
    const empty = path.join(dir, 'empty');
    writeFileSync(empty, '# none yet\n');
    const keyed = { COOPGRAPH_RATE_LIMIT: 'true', COOPGRAPH_RATE_LIMIT_KEY_HEADER: 'x-api-key' };
    expect(() => config({ ...keyed, COOPGRAPH_RATE_LIMIT_KEYS_FILE: empty })).toThrow(/holds no key/);
    expect(() => config({ ...keyed, COOPGRAPH_RATE_LIMIT_KEYS_FILE: path.join(dir, 'missing') })).toThrow(
      /COOPGRAPH_RATE_LIMIT_KEYS_FILE: ENOENT/,
    );
  });
});
