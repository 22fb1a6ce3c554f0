import { ApiProperty } from '@nestjs/swagger';
import { resource } from '../../common/http/resource';
import { CHAT_ROLES, CHAT_SOURCES, type ChatMessage } from './chat-message.entity';
import { FIELD_NAMES } from './grounding/prompt';

export const CHAT_MESSAGE_TYPE = 'chat_message';

export class ChatMessageAttributesDto {
  @ApiProperty({ enum: CHAT_ROLES, description: '`user`: the question; `assistant`: the answer' }) role: string;
  @ApiProperty({ description: 'Markdown' }) content: string;
  @ApiProperty({
    enum: CHAT_SOURCES,
    nullable: true,
    description:
      'Which path answered: `llm` (the language model at LLM_API_URL) or `offline` (from the check catalogue, no model ' +
      'involved; the text says so). null on questions.',
  })
  source: string | null;
  @ApiProperty({
    type: [String],
    enum: FIELD_NAMES,
    description:
      'Fields of the finding the answer relies on (the model cites them as `[evidence]`, `[cve]` ... in the text). ' +
      'Empty on questions.',
  })
  citations: string[];
  @ApiProperty({ type: String, nullable: true, example: 'llama3.1:8b', description: 'The model that answered' })
  model: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Prompt tokens the endpoint reported for this answer' })
  prompt_tokens: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Answer tokens the endpoint reported' })
  completion_tokens: number | null;
  @ApiProperty({ format: 'uuid' }) vulnerability_id: string;
  @ApiProperty({ example: '2026-01-01T00:00:00.000Z' }) created_at: string;
}

export const presentChatMessage = (m: ChatMessage, relationships: Record<string, unknown> = {}) =>
  resource<ChatMessageAttributesDto>(
    CHAT_MESSAGE_TYPE,
    m.id,
    {
      role: m.role,
      content: m.content,
      source: m.source,
      citations: m.citations ?? [],
      model: m.model,
      prompt_tokens: m.promptTokens,
      completion_tokens: m.completionTokens,
      vulnerability_id: m.vulnerabilityId,
      created_at: m.createdAt.toISOString(),
    },
    {
      vulnerability: { data: { id: m.vulnerabilityId, type: 'vulnerability' } },
      user: { data: { id: m.userId, type: 'user' } },
      ...relationships,
    },
  );

export class AiUsageDto {
  @ApiProperty({ example: '2026-11', description: 'Calendar month (UTC)' }) month: string;
  @ApiProperty({ description: 'Questions answered by the language model this month (what the quota limits)' })
  prompts: number;
  @ApiProperty({ description: 'Questions answered offline this month (not limited)' }) offline_prompts: number;
  @ApiProperty() prompt_tokens: number;
  @ApiProperty() completion_tokens: number;
  @ApiProperty({ type: Number, nullable: true, description: 'ai_prompts_per_month of the plan; null = unlimited' })
  limit: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null = unlimited' }) remaining: number | null;
  @ApiProperty({ example: '2026-12-01T00:00:00.000Z' }) resets_at: string;
  @ApiProperty({ enum: CHAT_SOURCES, description: 'What answers questions on this installation now' })
  source: string;
}
