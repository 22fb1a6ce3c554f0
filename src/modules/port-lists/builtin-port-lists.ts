import allTcp from './data/all-tcp.json';
import pciAsvDefault from './data/pci-asv-default.json';
import top100Tcp from './data/top-100-tcp.json';
import top100Udp from './data/top-100-udp.json';
import top1000Tcp from './data/top-1000-tcp.json';
import web from './data/web.json';
import type { PortRange } from '../scan-engines/scan-engine';
import { parsePortSpec } from './port-ranges';

/** A built-in (installation-wide, read-only) port list as shipped in `data/*.json`. Ids are fixed so that sync restores in place. */
export interface BuiltinPortList {
  id: string;
  name: string;
  description: string;
  appType: string;
  ranges: PortRange[];
}

interface BuiltinPortListFile {
  id: string;
  name: string;
  description: string;
  app_type: string;
  /** `T:...,U:...` (see parsePortSpec). */
  ports: string;
}

const FILES: BuiltinPortListFile[] = [top100Tcp, top1000Tcp, allTcp, top100Udp, pciAsvDefault, web];

export const BUILTIN_PORT_LIST_IDS = {
  top100Tcp: top100Tcp.id,
  top1000Tcp: top1000Tcp.id,
  allTcp: allTcp.id,
  pciAsvDefault: pciAsvDefault.id,
} as const;

export function builtinPortLists(): BuiltinPortList[] {
  return FILES.map((f) => ({
    id: f.id,
    name: f.name,
    description: f.description,
    appType: f.app_type,
    ranges: parsePortSpec(f.ports),
  }));
}
