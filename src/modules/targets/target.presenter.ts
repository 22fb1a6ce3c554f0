import { resource } from '../../common/http/resource';
import type { TargetAttributesDto } from './dto/target.dto';
import type { Target } from './target.entity';

export const TARGET_TYPE = 'target';

export function presentTarget(target: Target) {
  return resource<TargetAttributesDto>(
    TARGET_TYPE,
    target.id,
    {
      name: target.name,
      description: target.description,
      hosts: target.hosts,
      host_count: Number(target.hostCount),
      organization_id: target.organizationId,
      user_id: target.userId,
      created_at: target.createdAt.toISOString(),
      updated_at: target.updatedAt.toISOString(),
    },
    {
      organization: { data: { id: target.organizationId, type: 'organization' } },
      user: { data: target.userId ? { id: target.userId, type: 'user' } : null },
    },
  );
}
