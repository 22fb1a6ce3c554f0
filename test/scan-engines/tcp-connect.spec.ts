import net from 'node:net';
import { ConnectProber, isSelfConnect, rawTcp } from '../../src/modules/scan-engines/builtin/tcp-connect';

async function listener(host: string): Promise<{ port: number; close: () => void } | null> {
  const server = net.createServer((socket) => socket.destroy());
  const ok = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, host, () => resolve(true));
  });
  return ok ? { port: (server.address() as net.AddressInfo).port, close: () => server.close() } : null;
}

async function closedPort(): Promise<number> {
  const open = await listener('127.0.0.1');
  open!.close();
  return open!.port;
}

describe('TCP connect probes', () => {
  it('uses libuv TCP handles on this Node version (the fast path)', () => {
    expect(rawTcp).not.toBeNull();
  });

  for (const [name, tcp] of [
    ['TCP handles', rawTcp],
    ['net.Socket fallback', null],
  ] as const) {
    describe(name, () => {
      const prober = () => new ConnectProber(2000, new AbortController().signal, tcp);

      it('sees a listener open and a port without one closed', async () => {
        const open = await listener('127.0.0.1');
        try {
          expect(await prober().probe('127.0.0.1', open!.port)).toBe('open');
        } finally {
          open!.close();
        }
        expect(await prober().probe('127.0.0.1', await closedPort())).toBe('closed');
      });

      it('probes IPv6 addresses', async () => {
        const open = await listener('::1');
        if (!open) return console.log('no IPv6 loopback on this machine: IPv6 probe not checked');
        try {
          expect(await prober().probe('::1', open.port)).toBe('open');
        } finally {
          open.close();
        }
      });

      it('answers filtered once the scan is aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        expect(await new ConnectProber(2000, controller.signal, tcp).probe('127.0.0.1', 1)).toBe('filtered');
      });

      it('sweeps with many probes in flight and finds exactly the listeners', async () => {
        const listeners = (await Promise.all([0, 1, 2].map(() => listener('127.0.0.1')))).map((l) => l!);
        try {
          const ports = listeners.map((l) => l.port);
          // 40 ports around each listener, 32 probes in flight (as the engine's bounded pool does).
          const targets = [...new Set(ports.flatMap((port) => Array.from({ length: 41 }, (_, i) => port - 20 + i)))];
          const p = prober();
          const states = new Map<number, string>();
          let next = 0;
          await Promise.all(
            Array.from({ length: 32 }, async () => {
              while (next < targets.length) {
                const port = targets[next++];
                states.set(port, await p.probe('127.0.0.1', port));
              }
            }),
          );
          for (const port of ports) expect(states.get(port)).toBe('open');
          expect([...states.values()].every((s) => s === 'open' || s === 'closed')).toBe(true);
        } finally {
          listeners.forEach((l) => l.close());
        }
      });
    });
  }

  it('recognises a socket connected to itself (loopback, source port = port probed) as no listener', async () => {
    const port = await closedPort();
    // TCP simultaneous open: a socket bound to the port it connects to, with nothing listening, connects to itself.
    const socket = net.connect({ host: '127.0.0.1', port, localAddress: '127.0.0.1', localPort: port });
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    try {
      if (!connected) return console.log('this kernel refused the self-connect: nothing to recognise');
      expect(isSelfConnect(socket.localAddress, socket.localPort, '127.0.0.1', port)).toBe(true);
      expect(isSelfConnect(socket.localAddress, 40_000, '127.0.0.1', port === 40_000 ? 40_001 : port)).toBe(false);
    } finally {
      socket.destroy();
    }
  });
});
