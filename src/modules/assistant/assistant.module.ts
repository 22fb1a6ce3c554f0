import { Module } from '@nestjs/common';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { VulnerabilitiesModule } from '../vulnerabilities/vulnerabilities.module';
import { AiUsage } from './ai-usage.entity';
import { AiUsageService } from './ai-usage.service';
import { AssistantController } from './assistant.controller';
import { AssistantService } from './assistant.service';
import { ChatMessage } from './chat-message.entity';
import { LlmClient } from './llm/llm-client';

/**
 * The AI assistant per vulnerability: `POST /v2/vulnerabilities/{id}/prompt` (JSON or server-sent events),
 * `GET|DELETE /v2/vulnerabilities/{id}/chat_history`, `GET /v2/ai_assistant/usage`. Findings are read through the
 * vulnerabilities module's service (and its hosts module, for the service on the port).
 */
@Module({
  imports: [TenantRepositoryModule.forFeature([ChatMessage, AiUsage]), VulnerabilitiesModule],
  controllers: [AssistantController],
  providers: [AssistantService, AiUsageService, LlmClient],
})
export class AssistantModule {}
