import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { explorerHandler, isExplorerPath } from '../explorer/routes.ts';
import type { App } from './app.ts';

/**
 * The server's routes: the explorer (`/`, `/explore`, `/export/…`) and, for everything else, the GraphQL
 * app (`/graphql`, `/health`, `/ready`).
 */
export function requestListener(app: App): RequestListener {
  const explorer = explorerHandler(app);
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!isExplorerPath(pathname)) {
      void app(req, res);
      return;
    }
    Promise.resolve()
      // The connection goes along, so that an export's query is its client's (address, budgets).
      .then(() => explorer(toRequest(req), { req, res }))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal server error\n');
      });
  };
}

/** The explorer's routes read only the method, URL and headers (no body), which is all this carries. */
function toRequest(req: IncomingMessage): Request {
  const host = req.headers.host ?? 'localhost';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
  }
  // Concatenated, not resolved: a path such as `//x` must stay a path.
  return new Request(`http://${host}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/** Listens on `port` (0 picks a free one) and resolves with the server and the port it got. */
export function listen(app: App, port: number, host: string): Promise<{ server: Server; port: number }> {
  const server = createServer(requestListener(app));
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
