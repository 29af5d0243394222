import { createServer, type Server } from 'node:http';
import type { App } from './app.ts';

/**
 * Listens on `port` (0 picks a free one) and resolves with the server and the port it got. The app
 * answers every path itself: GraphQL, the health checks and the plugins it mounts.
 */
export function listen(app: App, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
