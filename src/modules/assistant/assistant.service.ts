import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { HostsService } from '../hosts/hosts.service';
import { vulnerabilityAttributes } from '../vulnerabilities/vulnerability.presenter';
import { VulnerabilitiesService } from '../vulnerabilities/vulnerabilities.service';
import { AiUsageService, type PromptReservation } from './ai-usage.service';
import { CHAT_ROLES, CHAT_SOURCES, ChatMessage } from './chat-message.entity';
import { factsOf, type FindingFacts, type ServiceFacts } from './grounding/finding-facts';
import { buildPrompt, citationsIn, clean, type HistoryMessage } from './grounding/prompt';
import { LlmAborted, LlmClient, LlmError } from './llm/llm-client';
import { offlineAnswer } from './offline/offline-answer';

/** `GET /v2/vulnerabilities/{id}/chat_history`: the caller's conversation, oldest first. */
export const CHAT_HISTORY_LIST: ListSpec = {
  columns: {
    role: { sql: 'm.role', type: 'enum', values: CHAT_ROLES },
    source: { sql: 'm.source', type: 'enum', values: CHAT_SOURCES },
    content: { sql: 'm.content', type: 'string', sortable: false },
    created_at: { sql: 'm.created_at', type: 'date' },
  },
  defaultSort: 'created_at:asc',
  search: ['content'],
  tieBreaker: 'm.id',
};

/** A question that passed every check (finding visible, prompt valid, quota reserved): ready to be answered. */
export interface PreparedQuestion {
  scope: TenantScope;
  userId: string;
  vulnerabilityId: string;
  organizationId: string;
  facts: FindingFacts;
  question: string;
  history: HistoryMessage[];
  askedAt: Date;
  /** Set when a language model answers (LLM_API_URL is set). */
  reservation: PromptReservation | null;
}

export interface Exchange {
  question: ChatMessage;
  answer: ChatMessage;
}

export interface AnswerOptions {
  /** Aborted when the client disconnects: the model request is aborted and nothing is stored. */
  signal: AbortSignal;
  /** Streaming: each piece of the answer as it is written. */
  onDelta?: (text: string) => void;
}

/**
 * The assistant: a question about one finding, answered by the configured language model (grounded in the finding,
 * with scanner text fenced as untrusted, see grounding/prompt.ts) or, without one, offline from the check catalogue.
 * The finding is loaded through the caller's tenant scope, so another organization's vulnerability is a 404 and
 * nothing of another organization reaches a prompt.
 */
@Injectable()
export class AssistantService {
  constructor(
    private readonly vulnerabilities: VulnerabilitiesService,
    private readonly hosts: HostsService,
    private readonly llm: LlmClient,
    private readonly usage: AiUsageService,
    @InjectTenantRepository(ChatMessage) private readonly messages: TenantRepository<ChatMessage>,
    private readonly env: Env,
  ) {}

  get source(): 'llm' | 'offline' {
    return this.llm.configured ? 'llm' : 'offline';
  }

  /** Everything that can refuse a question (404, 422, 403, 429) happens here, before any answer starts. */
  async prepare(auth: AuthContext, vulnerabilityId: string, prompt: unknown): Promise<PreparedQuestion> {
    const question = this.validQuestion(prompt);
    const vulnerability = await this.vulnerabilities.get(auth.tenant, vulnerabilityId);
    const attributes = vulnerabilityAttributes(vulnerability);
    const [service, history] = await Promise.all([
      this.serviceOf(vulnerability.organizationId, attributes.host_id, attributes.port, attributes.protocol),
      this.recentHistory(auth, vulnerabilityId),
    ]);
    const reservation = this.llm.configured ? await this.usage.reserve(auth.tenant) : null;
    return {
      scope: auth.tenant,
      userId: auth.user.id,
      vulnerabilityId,
      organizationId: vulnerability.organizationId,
      facts: factsOf(vulnerabilityId, attributes, service),
      question,
      history,
      askedAt: new Date(),
      reservation,
    };
  }

  /** Answers a prepared question and stores the exchange. Throws LlmError (502/503/504) or LlmAborted. */
  async answer(p: PreparedQuestion, options: AnswerOptions): Promise<Exchange> {
    if (!p.reservation) {
      const offline = offlineAnswer(p.facts, p.question);
      // Streamed like a model would, one section at a time, so clients handle one kind of stream.
      if (options.onDelta) for (const piece of offline.content.split(/(?<=\n\n)/)) options.onDelta(piece);
      const exchange = await this.store(p, {
        content: offline.content,
        source: 'offline',
        model: null,
        citations: offline.citations,
        promptTokens: null,
        completionTokens: null,
      });
      await this.usage.countOffline(p.scope);
      return exchange;
    }
    const prompt = buildPrompt(p.facts, p.history, p.question, { historyTurns: this.env.LLM_MAX_HISTORY_TURNS });
    let result;
    try {
      result = await this.llm.complete({ messages: prompt.messages, signal: options.signal, onDelta: options.onDelta });
    } catch (err) {
      if ((err instanceof LlmError || err instanceof LlmAborted) && !err.modelMayHaveWorked)
        await this.usage.release(p.scope, p.reservation);
      throw err;
    }
    const exchange = await this.store(p, {
      content: clean(result.content),
      source: 'llm',
      model: result.model,
      citations: citationsIn(result.content, prompt.fields),
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
    });
    await this.usage.addTokens(p.scope, p.reservation, result.promptTokens, result.completionTokens);
    return exchange;
  }

  async history(auth: AuthContext, vulnerabilityId: string, query: ListQuery) {
    await this.vulnerabilities.get(auth.tenant, vulnerabilityId);
    const qb = this.messages
      .query(auth.tenant, 'm')
      .andWhere('m.vulnerability_id = :vulnerabilityId AND m.user_id = :userId', {
        vulnerabilityId,
        userId: auth.user.id,
      });
    return paginate(qb, query, CHAT_HISTORY_LIST);
  }

  /** Deletes the caller's own conversation about the vulnerability; answers how many messages went. */
  async deleteHistory(auth: AuthContext, vulnerabilityId: string): Promise<number> {
    await this.vulnerabilities.get(auth.tenant, vulnerabilityId);
    return this.messages.delete(auth.tenant, { vulnerabilityId, userId: auth.user.id });
  }

  usageOf(auth: AuthContext) {
    return this.usage.report(auth.tenant);
  }

  private validQuestion(prompt: unknown): string {
    const max = this.env.LLM_MAX_PROMPT_CHARS;
    if (typeof prompt !== 'string') throw new ParameterError(['prompt must be a string']);
    // Far too long is refused before any work on the text.
    if (prompt.length > 4 * max) throw new ParameterError([`prompt must be at most ${max} characters`]);
    // Control characters have no place in a question (and PostgreSQL text cannot hold NUL).
    const question = clean(prompt).trim();
    if (!question) throw new ParameterError(['prompt must not be empty']);
    if (question.length > max) throw new ParameterError([`prompt must be at most ${max} characters`]);
    return question;
  }

  /** The service seen on the finding's port, from the host record of the vulnerability's own organization. */
  private async serviceOf(
    organizationId: string,
    hostId: string | null,
    port: number | null,
    protocol: string | null,
  ): Promise<ServiceFacts | null> {
    if (!hostId || port === null) return null;
    const host = await this.hosts.get(TenantScope.ofPayload({ organizationId }), hostId).catch((err: unknown) => {
      if (err instanceof RecordNotFound) return null;
      throw err;
    });
    const s = host?.services?.find((x) => x.port === port && x.protocol === (protocol ?? 'tcp'));
    if (!s) return null;
    return { name: s.service, product: s.product, version: s.version, banner: s.banner, tls: !!s.tls };
  }

  /** The newest messages of the caller's conversation (as many as the prompt may carry), oldest first. */
  private async recentHistory(auth: AuthContext, vulnerabilityId: string): Promise<HistoryMessage[]> {
    const turns = this.env.LLM_MAX_HISTORY_TURNS;
    if (!this.llm.configured || turns === 0) return [];
    const rows = await this.messages.find(
      auth.tenant,
      { vulnerabilityId, userId: auth.user.id },
      { order: { createdAt: 'DESC', id: 'DESC' }, take: 2 * turns, select: { role: true, content: true } },
    );
    return rows.reverse().map((m) => ({ role: m.role, content: m.content }));
  }

  /** Writes the question and its answer in one statement: the history never shows a question without its answer. */
  private async store(
    p: PreparedQuestion,
    answer: Pick<ChatMessage, 'content' | 'source' | 'model' | 'citations' | 'promptTokens' | 'completionTokens'>,
  ): Promise<Exchange> {
    const common = { organizationId: p.organizationId, vulnerabilityId: p.vulnerabilityId, userId: p.userId };
    const question = this.messages.create({
      ...common,
      id: randomUUID(),
      role: 'user',
      content: p.question,
      source: null,
      model: null,
      citations: [],
      promptTokens: null,
      completionTokens: null,
      createdAt: p.askedAt,
    });
    const answeredAt = new Date(Math.max(Date.now(), p.askedAt.getTime() + 1));
    const reply = this.messages.create({
      ...common,
      ...answer,
      id: randomUUID(),
      role: 'assistant',
      createdAt: answeredAt,
    });
    await this.messages.insert(p.scope, [question, reply]);
    return { question, answer: reply };
  }
}
