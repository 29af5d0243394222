import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { close, listen } from '../../src/server/http.ts';
import { useReportApp } from '../helpers/api.ts';

/** The report's graph behind the real HTTP server (GraphQL and the explorer's routes) on a free port. */
export function useExplorerServer() {
  const api = useReportApp();
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    const listening = await listen(api.app(), 0, '127.0.0.1');
    server = listening.server;
    base = `http://127.0.0.1:${listening.port}`;
  });
  afterAll(async () => {
    if (server) await close(server);
  });
  return { ...api, url: (pathAndQuery: string) => `${base}${pathAndQuery}` };
}
