import { lookup } from 'node:dns/promises';
import { Injectable } from '@nestjs/common';
import { ConfigError, Env } from '../../config/env';
import { type AddressInterval, mappedToIPv6, parseHostEntry, parseNetwork } from './host-entries';

export interface DeniedNetwork extends AddressInterval {
  text: string;
}

/**
 * Networks that may never be scanned (`SCAN_DENY_NETWORKS`). Targets touching one are refused when saved, and
 * `resolveForScan` drops denied addresses again, since the list may have changed since. Engines can call
 * `isDeniedAddress` on every address they are about to connect to (host names resolve at scan time).
 */
@Injectable()
export class ScanDenyList {
  readonly networks: readonly DeniedNetwork[];

  constructor(env: Env) {
    const texts = env.SCAN_DENY_NETWORKS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const networks: DeniedNetwork[] = [];
    for (const text of texts) {
      try {
        const network = parseNetwork(text);
        networks.push(network);
        // The same IPv4 network spelled as IPv4-mapped IPv6 (::ffff:169.254.169.254) reaches the same host.
        if (network.family === 4) networks.push({ ...mappedToIPv6(network), text: network.text });
      } catch (error) {
        throw new ConfigError(`Invalid configuration:\n  SCAN_DENY_NETWORKS: ${(error as Error).message}`);
      }
    }
    this.networks = networks;
  }

  /** The denied network an interval touches, if any. */
  overlapping(interval: AddressInterval): DeniedNetwork | undefined {
    return this.networks.find(
      (n) => n.family === interval.family && n.start <= interval.end && n.end >= interval.start,
    );
  }

  isDeniedAddress(address: string): boolean {
    const entry = parseHostEntry(address);
    return !('error' in entry) && entry.kind !== 'hostname' && !!this.overlapping(entry);
  }

  /**
   * Whether a host name currently resolves to a denied address. A name that does not resolve is not denied here:
   * the engine finds it down. Engines should still check the address they connect to (DNS can change).
   */
  async isDeniedHostname(hostname: string): Promise<boolean> {
    try {
      const addresses = await lookup(hostname, { all: true, verbatim: true });
      return addresses.some((a) => this.isDeniedAddress(a.address));
    } catch {
      return false;
    }
  }
}
