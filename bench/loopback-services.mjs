// Loopback look-alikes of vulnerable services for the report samples and benchmarks (as in test/scan-engines/servers.ts):
// every one listens on 127.0.0.1, port 0.
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';

async function listen(server) {
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Old Apache + PHP: version disclosure, missing headers, directory listing, TRACE. */
export function vulnerableHttp() {
  return listen(
    http.createServer((req, res) => {
      res.setHeader('Server', 'Apache/2.4.49 (Unix)');
      res.setHeader('X-Powered-By', 'PHP/5.6.40');
      if (req.method === 'TRACE')
        return void res.writeHead(200, { 'Content-Type': 'message/http' }).end(`TRACE ${req.url} HTTP/1.1`);
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html><head><title>Index of /</title></head><body><h1>Index of /</h1></body></html>');
    }),
  );
}

export function banner(greeting) {
  return listen(net.createServer((socket) => socket.write(greeting)));
}

export const ssh = () => banner('SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.8\r\n');
export const ftp = () => banner('220 (vsFTPd 2.3.4)\r\n');

export function openRedis() {
  return listen(
    net.createServer((socket) =>
      socket.on('data', (chunk) =>
        socket.write(chunk.toString('latin1').startsWith('PING') ? '+PONG\r\n' : '-ERR unknown command\r\n'),
      ),
    ),
  );
}

/** HTTPS with an expired self-signed certificate. */
export async function expiredTls(commonName = 'shop.example.test') {
  const day = 86_400_000;
  const pems = await selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 400 * day),
    notAfterDate: new Date(Date.now() - 30 * day),
  });
  const server = tls.createServer({ key: pems.private, cert: pems.cert, minVersion: 'TLSv1.2' });
  server.on('tlsClientError', () => undefined);
  const web = http.createServer((req, res) => {
    res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    res.writeHead(200).end('ok');
  });
  server.on('secureConnection', (socket) => web.emit('connection', socket));
  return listen(server);
}
