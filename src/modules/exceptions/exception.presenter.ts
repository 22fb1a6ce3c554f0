import { resource } from '../../common/http/resource';
import type { ExceptionAttributesDto } from './dto/exception.dto';
import type { FindingException } from './exception.entity';

export const EXCEPTION_TYPE = 'exception';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const ref = (id: string | null, type: string) => ({ data: id ? { id, type } : null });

export const presentException = (e: FindingException) =>
  resource<ExceptionAttributesDto>(
    EXCEPTION_TYPE,
    e.id,
    {
      reason: e.reason,
      justification: e.justification,
      evidence: e.evidence,
      recast_severity: e.recastSeverity,
      expires_at: iso(e.expiresAt),
      status: e.status,
      scope: e.scope,
      vulnerability_id: e.vulnerabilityId,
      check_id: e.checkId,
      host_id: e.hostId,
      target_id: e.targetId,
      covered_count: e.coveredCount,
      user_id: e.userId,
      updated_by_id: e.updatedById,
      reviewed_by_id: e.reviewedById,
      reviewed_at: iso(e.reviewedAt),
      review_comment: e.reviewComment,
      ended_by_id: e.endedById,
      ended_at: iso(e.endedAt),
      organization_id: e.organizationId,
      created_at: e.createdAt.toISOString(),
      updated_at: e.updatedAt.toISOString(),
    },
    {
      organization: ref(e.organizationId, 'organization'),
      user: ref(e.userId, 'user'),
      vulnerability: ref(e.vulnerabilityId, 'vulnerability'),
      host: ref(e.hostId, 'host'),
      target: ref(e.targetId, 'target'),
    },
  );
