import http from 'node:http';
import { listen } from '../scan-engines/servers';

export { eventsNamed } from '../helpers/events';

/** What the loopback web server shows; change it between runs (the next scan sees it). */
export interface WebBehaviour {
  /** TRACE echoes the request: `http.trace-enabled` (medium, fails PCI). */
  trace: boolean;
  /** GET / is a directory index: `http.directory-listing` (medium, fails PCI). */
  listing: boolean;
  /** `Server: web/2.0`: `http.server-version-disclosure` (low, passes PCI). */
  version: boolean;
}

/**
 * A web server on 127.0.0.1 (ephemeral port) that otherwise sends every security header, so that the builtin engine
 * reports exactly the findings `behaviour` switches on.
 */
export async function webServer(behaviour: WebBehaviour) {
  const server = http.createServer((req, res) => {
    res.setHeader('Server', behaviour.version ? 'web/2.0' : 'web');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'");
    if (req.method === 'TRACE' && behaviour.trace) {
      const echo = [
        `TRACE ${req.url} HTTP/${req.httpVersion}`,
        ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`),
      ].join('\r\n');
      return void res.writeHead(200, { 'Content-Type': 'message/http' }).end(echo);
    }
    if (req.method !== 'GET') return void res.writeHead(405).end();
    const title = behaviour.listing ? 'Index of /' : 'Welcome';
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<html><head><title>${title}</title></head></html>`);
  });
  return { ...(await listen(server)), behaviour };
}
