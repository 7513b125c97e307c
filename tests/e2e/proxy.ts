/**
 * A proxy on loopback that records every request a browser sends through it and forwards
 * none. With the browser's proxy set to it, nothing leaves the machine, and any request
 * from any process of the browser (pages, workers, the browser itself) is seen here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** "host:port" for CONNECT (HTTPS), the full URL otherwise. */
  target: string;
  host: string;
}

export interface RecordingProxy {
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const target = request.url ?? '';
    let host = '';
    try {
      host = new URL(target).host;
    } catch {
      host = request.headers.host ?? '';
    }
    requests.push({ method: request.method ?? 'GET', target, host });
    response.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by the Signpost test proxy');
  });
  server.on('connect', (request, socket) => {
    const target = request.url ?? '';
    requests.push({ method: 'CONNECT', target, host: target });
    // The server hands a CONNECT socket over with no error handler of its own, and a
    // browser may reset it before reading the refusal: that reset is no test failure.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
