import net from 'node:net';

/** The names a certificate is issued for, as Node shows them (`subjectaltname`, `subject.CN`). */
export interface CertificateNames {
  subjectaltname?: string;
  subject?: { CN?: string | string[] } | null;
}

export interface NameCheck {
  matches: boolean;
  /** What was compared, for the evidence: `IP Address:192.0.2.1, DNS:www.example.com` or `CN=...`. */
  presented: string;
}

/** `DNS:a, DNS:b, IP Address:1.2.3.4` → entries (values may be quoted when they hold a comma). */
export function subjectAltNames(value: string | undefined): { type: string; value: string }[] {
  if (!value) return [];
  const entries: { type: string; value: string }[] = [];
  const re = /\s*([A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) && m[0].length) {
    const raw = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2];
    entries.push({ type: m[1].trim(), value: String(raw).trim() });
  }
  return entries;
}

/** Canonical text of an IP address (IPv6 expanded and lower-case), for comparison. */
function canonicalIp(address: string): string | null {
  const family = net.isIP(address);
  if (family === 4) return address.split('.').map(Number).join('.');
  if (family !== 6) return null;
  // Let the URL parser canonicalize IPv6 ([::ffff:7f00:1] and friends); compare in that form.
  try {
    return new URL(`http://[${address}]/`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const normalizeName = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/**
 * RFC 6125 §6.4 matching of one DNS-ID: case-insensitive; a wildcard only as the whole left-most label (`*.example.com`),
 * matching exactly one label, never a partial label (`w*.example.com`, `*w.example.com`), never in a name with fewer
 * than three labels (`*.com`), and never for an IP address.
 */
export function dnsNameMatches(pattern: string, hostname: string): boolean {
  const p = normalizeName(pattern);
  const h = normalizeName(hostname);
  if (!p || !h) return false;
  if (!p.includes('*')) return p === h;
  const labels = p.split('.');
  if (labels[0] !== '*' || labels.slice(1).some((l) => l.includes('*') || !l) || labels.length < 3) return false;
  if (net.isIP(h)) return false;
  const hostLabels = h.split('.');
  if (hostLabels.length !== labels.length || !hostLabels[0]) return false;
  return hostLabels.slice(1).join('.') === labels.slice(1).join('.');
}

/**
 * Whether the certificate is valid for the name the scan reached the service by (RFC 6125 / RFC 2818 §3.1):
 * - an IP address must be one of the certificate's IP address SANs (an address in the CN never counts);
 * - a host name must match one of the DNS SANs (wildcard rules of `dnsNameMatches`); the subject CN is used only as
 *   the legacy fallback when the certificate has no DNS SAN at all.
 */
export function certificateMatchesName(certificate: CertificateNames, name: string): NameCheck {
  const sans = subjectAltNames(certificate.subjectaltname);
  const cn = certificate.subject?.CN;
  const cns = (Array.isArray(cn) ? cn : cn ? [cn] : []).filter(Boolean);
  const ip = canonicalIp(name);
  if (ip) {
    const ips = sans.filter((s) => s.type === 'IP Address').map((s) => s.value);
    return {
      matches: ips.some((value) => canonicalIp(value) === ip),
      presented: ips.length ? ips.map((v) => `IP Address:${v}`).join(', ') : describeNames(sans, cns),
    };
  }
  const dns = sans.filter((s) => s.type === 'DNS').map((s) => s.value);
  if (dns.length)
    return { matches: dns.some((d) => dnsNameMatches(d, name)), presented: dns.map((d) => `DNS:${d}`).join(', ') };
  return { matches: cns.some((c) => dnsNameMatches(c, name)), presented: describeNames(sans, cns) };
}

function describeNames(sans: { type: string; value: string }[], cns: string[]): string {
  const parts = [...sans.map((s) => `${s.type}:${s.value}`), ...cns.map((c) => `CN=${c}`)];
  return parts.length ? parts.join(', ') : 'no names';
}
