import { XMLParser } from 'fast-xml-parser';
import type { HostResult, Protocol, ServiceResult } from '../scan-engine';

/** nmap elements that may occur once or many times; always parsed as arrays. */
const REPEATED = new Set(['host', 'port', 'address', 'hostname', 'osmatch', 'cpe', 'taskprogress']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Never expand entities or DOCTYPE declarations from the tool's output.
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
});

type Attrs = Record<string, string | undefined>;
interface NmapHost {
  status?: Attrs;
  address?: Attrs[];
  hostnames?: { hostname?: Attrs[] } | string;
  ports?: { port?: Array<Attrs & { state?: Attrs; service?: Attrs }> } | string;
  os?: { osmatch?: Attrs[] } | string;
}

export interface ParsedNmapRun {
  version: string | null;
  hosts: HostResult[];
}

/** nmap `-oX` output → hosts with their open ports (findings are added by the engine). */
export function parseNmapXml(xml: string): ParsedNmapRun {
  const document = parser.parse(xml) as { nmaprun?: Attrs & { host?: NmapHost[] } };
  const run = document.nmaprun;
  if (!run) throw new Error('nmap output is not an nmaprun document');
  const hosts = (run.host ?? []).map((host): HostResult => {
    const addresses = host.address ?? [];
    const ip = addresses.find((a) => a.addrtype === 'ipv4' || a.addrtype === 'ipv6') ?? addresses[0];
    const names = typeof host.hostnames === 'object' ? (host.hostnames.hostname ?? []) : [];
    const userName = names.find((n) => n.type === 'user') ?? names[0];
    const ports = typeof host.ports === 'object' ? (host.ports.port ?? []) : [];
    const services = ports
      .filter((p) => p.state?.state === 'open')
      .map((p): ServiceResult => {
        const service = p.service ?? {};
        const rawName = service.name ?? null;
        const tls = service.tunnel === 'ssl';
        return {
          port: Number(p.portid),
          protocol: (p.protocol === 'udp' ? 'udp' : 'tcp') as Protocol,
          state: 'open',
          // nmap says `http` with tunnel="ssl"; we say https, as the builtin engine does.
          service: tls && rawName === 'http' ? 'https' : rawName,
          product: service.product ?? null,
          version: service.version ?? null,
          banner:
            [service.product, service.version, service.extrainfo ? `(${service.extrainfo})` : null]
              .filter(Boolean)
              .join(' ') || null,
          tls,
        };
      });
    const osMatch = typeof host.os === 'object' ? host.os.osmatch?.[0]?.name : undefined;
    const osType = ports.map((p) => p.service?.ostype).find(Boolean);
    const answered = ports.some((p) => p.state?.state === 'open' || p.state?.state === 'closed');
    return {
      address: ip?.addr ?? '',
      hostname: userName?.name ?? null,
      // With -Pn every host is "up" by assumption; what counts is whether any port answered.
      status: host.status?.state === 'up' && (answered || host.status.reason !== 'user-set') ? 'up' : 'down',
      os: osMatch ?? osType ?? null,
      services,
      findings: [],
    };
  });
  return { version: run.version ?? null, hosts };
}

/** Progress from `<taskprogress task="Connect Scan" percent="12.3"/>` lines in the streamed XML. */
export function parseTaskProgress(chunk: string): Array<{ task: string; percent: number }> {
  const out: Array<{ task: string; percent: number }> = [];
  for (const line of chunk.split('\n')) {
    if (!line.startsWith('<taskprogress')) continue;
    const parsed = parser.parse(line) as { taskprogress?: Attrs[] };
    for (const p of parsed.taskprogress ?? [])
      if (p.task && p.percent) out.push({ task: p.task, percent: Number(p.percent) });
  }
  return out;
}
