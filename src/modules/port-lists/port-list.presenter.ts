import { resource } from '../../common/http/resource';
import type { PortListAttributesDto } from './dto/port-list.dto';
import type { PortList } from './port-list.entity';
import { countPorts, formatPortSpec } from './port-ranges';

export const PORT_LIST_TYPE = 'port_list';

export function presentPortList(list: PortList) {
  const rows = list.ranges ?? [];
  const ranges = rows.map((r) => ({ protocol: r.protocol, start: r.startPort, end: r.endPort }));
  return resource<PortListAttributesDto>(
    PORT_LIST_TYPE,
    list.id,
    {
      name: list.name,
      description: list.description,
      app_type: list.appType,
      active: list.active,
      builtin: list.organizationId === null,
      organization_id: list.organizationId,
      port_ranges: rows.map((r) => ({ id: r.id, protocol: r.protocol, start: r.startPort, end: r.endPort })),
      ports: formatPortSpec(ranges),
      tcp_port_count: countPorts(ranges, 'tcp'),
      udp_port_count: countPorts(ranges, 'udp'),
      created_at: list.createdAt.toISOString(),
      updated_at: list.updatedAt.toISOString(),
    },
    list.organizationId ? { organization: { data: { id: list.organizationId, type: 'organization' } } } : {},
  );
}
