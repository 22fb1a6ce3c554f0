import { ApiProperty } from '@nestjs/swagger';
import { resource } from '../../common/http/resource';
import type { Host } from './host.entity';

export const HOST_TYPE = 'host';

export class HostServiceDto {
  @ApiProperty({ example: 443 }) port: number;
  @ApiProperty({ enum: ['tcp', 'udp'] }) protocol: string;
  @ApiProperty({ enum: ['open', 'closed', 'filtered'] }) state: string;
  @ApiProperty({ type: String, nullable: true, example: 'https' }) service: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'nginx' }) product: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1.18.0' }) version: string | null;
  @ApiProperty({ type: String, nullable: true }) banner: string | null;
  @ApiProperty() tls: boolean;
}

export class VulnerabilityCountsDto {
  @ApiProperty() critical: number;
  @ApiProperty() high: number;
  @ApiProperty() medium: number;
  @ApiProperty() low: number;
  @ApiProperty() info: number;
}

export class HostAttributesDto {
  @ApiProperty({ example: '192.0.2.10' }) address: string;
  @ApiProperty({ type: String, nullable: true }) hostname: string | null;
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) os: string | null;
  @ApiProperty({ type: [HostServiceDto] }) services: HostServiceDto[];
  @ApiProperty() open_ports: number;
  @ApiProperty({ type: VulnerabilityCountsDto, description: 'Open (and reopened) findings' })
  vulnerabilities: VulnerabilityCountsDto;
  @ApiProperty({ description: 'critical×1000 + high×100 + medium×10 + low' }) risk_score: number;
  @ApiProperty({ enum: ['pass', 'fail'] }) pci_status: 'pass' | 'fail';
  @ApiProperty() first_seen_at: string;
  @ApiProperty() last_seen_at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) last_scan_id: string | null;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}

export const presentHost = (h: Host) =>
  resource<HostAttributesDto>(
    HOST_TYPE,
    h.id,
    {
      address: h.address,
      hostname: h.hostname,
      status: h.status,
      os: h.os,
      services: h.services,
      open_ports: h.openPorts,
      vulnerabilities: {
        critical: h.criticalCount,
        high: h.highCount,
        medium: h.mediumCount,
        low: h.lowCount,
        info: h.infoCount,
      },
      risk_score: h.riskScore,
      pci_status: h.pciFail ? 'fail' : 'pass',
      first_seen_at: h.firstSeenAt.toISOString(),
      last_seen_at: h.lastSeenAt.toISOString(),
      last_scan_id: h.lastScanId,
      organization_id: h.organizationId,
      created_at: h.createdAt.toISOString(),
      updated_at: h.updatedAt.toISOString(),
    },
    { organization: { data: { id: h.organizationId, type: 'organization' } } },
  );
