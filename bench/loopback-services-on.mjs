// The same look-alikes on a given loopback port (a service that "comes back" between two runs).
import net from 'node:net';

function on(port, handler) {
  const sockets = new Set();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
    handler(s);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

export const openRedisOn = (port) =>
  on(port, (socket) =>
    socket.on('data', (c) =>
      socket.write(c.toString('latin1').startsWith('PING') ? '+PONG\r\n' : '-ERR unknown command\r\n'),
    ),
  );
export const ftpOn = (port) => on(port, (socket) => socket.write('220 (vsFTPd 2.3.4)\r\n'));
