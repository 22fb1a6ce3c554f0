import { Body, Controller, Delete, Get, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditRecorder } from '../../common/audit/audit-recorder';
import { Audited } from '../../common/audit/audited.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AppError } from '../../common/errors/app-error';
import { clientInfo } from '../../common/http/client-info';
import { UuidParam } from '../../common/http/params';
import {
  ApiAction,
  ApiCollection,
  ApiErrors,
  ApiResource,
  collection,
  ErrorEnvelopeDto,
} from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { AssistantService, CHAT_HISTORY_LIST, type Exchange } from './assistant.service';
import { AiUsageDto, CHAT_MESSAGE_TYPE, ChatMessageAttributesDto, presentChatMessage } from './chat-message.presenter';
import { PromptDto } from './dto/prompt.dto';
import { LlmAborted } from './llm/llm-client';
import { EventStream, wantsEventStream } from './sse';

const PROMPT_DESCRIPTION = `
Asks the assistant about one vulnerability of your organizations. Body \`{"prompt": "..."}\` (at most LLM_MAX_PROMPT_CHARS
characters). The answer is grounded in the finding (check, CVSS, CVE/CWE, solution, host, port, service, evidence,
status, exception) and the conversation so far, and cites the fields it used as \`[evidence]\`, \`[cve]\` ... in the text
and in \`citations\`. Text captured from the scanned network is given to the model as untrusted data in delimited blocks,
secrets are redacted, and nothing of another organization enters the prompt.

\`source\` says which path answered: \`llm\` (the OpenAI-compatible endpoint at LLM_API_URL) or \`offline\` (no model
configured: an answer from the check catalogue and the finding, labelled as such, telling how to connect a model).

**Streaming**: with \`Accept: text/event-stream\` the answer comes as server-sent events (status 200):
\`event: delta\` \`data: {"content": "<next piece of text>"}\` (any number), then \`event: done\`
\`data: {"data": <the chat_message resource, as in the JSON answer>}\`; or, when the model fails after the stream started,
\`event: error\` \`data: {"errors": [{message, type, timestamp, status}], "retry_after"?: seconds}\` (status 502, 503 or 504 as
below). Lines
starting with \`:\` are keep-alive comments. Refusals (401, 403, 404, 422, 429) come before any event, as normal errors.
A client that disconnects aborts the model request; nothing is stored then.

**Plan**: needs the \`ai_assistant\` feature (403 \`plan.feature_not_available\`). Questions answered by the model count
against \`ai_prompts_per_month\` of the caller's organization (calendar month, UTC): 429 \`plan.limit_exceeded\` with
Retry-After (seconds to the next month) when used up, 403 \`plan.limit_exceeded\` when the plan includes none. Offline
answers are not limited.

**Model errors** (never the endpoint's own text): 502 \`ai.model_error\` (it failed or refused, e.g. HTTP 500 after the
retries, 401 for a bad key, an empty answer), 503 \`ai.model_unavailable\` (unreachable) or \`ai.model_busy\` (still
rate-limited after the retries; Retry-After when it said), 504 \`ai.model_timeout\` (no answer within LLM_TIMEOUT_MS).
`.trim();

@ApiTags('AI assistant')
@Controller('v2')
export class AssistantController {
  private readonly logger = new Logger('AssistantController');

  constructor(
    private readonly assistant: AssistantService,
    private readonly audit: AuditRecorder,
  ) {}

  @Post('vulnerabilities/:id/prompt')
  @Authenticated({ feature: 'ai_assistant' })
  @Audited({ auto: false })
  @ApiOperation({ summary: 'Ask the AI assistant about a vulnerability', description: PROMPT_DESCRIPTION })
  @ApiResource(CHAT_MESSAGE_TYPE, ChatMessageAttributesDto, 201, 'The answer (the question is stored with it)')
  @ApiResponse({
    status: 200,
    description: 'With Accept: text/event-stream: `delta` events, then `done` (or `error`)',
    content: {
      'text/event-stream': {
        schema: {
          type: 'string',
          example:
            'event: delta\ndata: {"content":"Disable the "}\n\nevent: delta\ndata: {"content":"TRACE method [evidence]"}\n\n' +
            'event: done\ndata: {"data":{"id":"…","type":"chat_message","attributes":{…}}}\n\n',
        },
      },
    },
  })
  @ApiErrors(401, 403, 404, 422, 429)
  @ApiResponse({ status: 502, type: ErrorEnvelopeDto, description: 'The language model failed (ai.model_error)' })
  @ApiResponse({ status: 503, type: ErrorEnvelopeDto, description: 'The language model is unreachable or busy' })
  @ApiResponse({ status: 504, type: ErrorEnvelopeDto, description: 'The language model did not answer in time' })
  async prompt(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: PromptDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const stream = wantsEventStream(request.headers.accept);
    const record = (result: 'success' | 'failure', statusCode: number) =>
      this.record(auth, request, id, result, statusCode, stream);
    const prepared = await this.assistant.prepare(auth, id, body.prompt).catch(async (err: unknown) => {
      await record('failure', err instanceof AppError ? err.getStatus() : 500);
      throw err;
    });

    const disconnected = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableEnded) disconnected.abort();
    };
    reply.raw.on('close', onClose);
    if (reply.raw.destroyed) disconnected.abort();
    const options = { signal: disconnected.signal };
    try {
      if (!stream) {
        const exchange = await this.assistant.answer(prepared, options).catch(async (err: unknown) => {
          if (!(err instanceof LlmAborted)) await record('failure', err instanceof AppError ? err.getStatus() : 500);
          throw err;
        });
        await record('success', 201);
        await reply.status(201).send({ data: present(exchange) });
        return;
      }
      reply.hijack();
      const events = new EventStream(reply.raw);
      events.open();
      try {
        const exchange = await this.assistant.answer(prepared, {
          ...options,
          onDelta: (content) => events.send('delta', { content }),
        });
        events.send('done', { data: present(exchange) });
        await record('success', 200);
      } catch (err) {
        if (err instanceof LlmAborted) throw err;
        const { status, entries, retryAfter } = err instanceof AppError ? describe(err) : this.internal(err);
        const timestamp = new Date().toISOString();
        events.send('error', {
          errors: entries.map((e) => ({ ...e, timestamp, status })),
          ...(retryAfter ? { retry_after: retryAfter } : {}),
        });
        await record('failure', status);
      } finally {
        events.close();
      }
    } catch (err) {
      if (!(err instanceof LlmAborted)) throw err;
      // The client is gone: there is no one to answer (499: "client closed request", as proxies log it).
      await record('failure', 499);
    } finally {
      reply.raw.off('close', onClose);
    }
  }

  @Get('vulnerabilities/:id/chat_history')
  @Authenticated({ feature: 'ai_assistant' })
  @ApiOperation({
    summary: 'Your conversation with the AI assistant about a vulnerability',
    description:
      "The caller's own questions and the answers, oldest first (sort_by=created_at:desc for newest first), with the " +
      'list grammar (q[role], q[source], q[content] or q=<text> to search, dates, paging). Another organization’s ' +
      'vulnerability is a 404.',
  })
  @ApiCollection(CHAT_MESSAGE_TYPE, ChatMessageAttributesDto)
  @ApiErrors(401, 403, 404, 422)
  async chatHistory(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(CHAT_HISTORY_LIST) query: ListQuery,
  ) {
    const { items, meta } = await this.assistant.history(auth, id, query);
    return collection(
      items.map((m) => presentChatMessage(m)),
      meta,
    );
  }

  @Delete('vulnerabilities/:id/chat_history')
  @Authenticated({ feature: 'ai_assistant' })
  @Audited({ action: 'vulnerability.chat_history.delete', resource: 'vulnerability' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete your conversation about a vulnerability (extension)',
    description:
      "Deletes the caller's own questions and answers about the vulnerability; others' stay. 204 even when empty.",
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(401, 403, 404, 422)
  async deleteChatHistory(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.assistant.deleteHistory(auth, id);
  }

  @Get('ai_assistant/usage')
  @Authenticated()
  @ApiOperation({
    summary: "Your organization's AI assistant usage this month (extension)",
    description:
      'Questions answered by the language model (limited by the plan’s ai_prompts_per_month), offline answers, tokens ' +
      'the endpoint reported, and when the month ends (UTC).',
  })
  @ApiAction(AiUsageDto)
  @ApiErrors(401)
  async usage(@Auth() auth: AuthContext): Promise<AiUsageDto> {
    const u = await this.assistant.usageOf(auth);
    return {
      month: u.month,
      prompts: u.prompts,
      offline_prompts: u.offlinePrompts,
      prompt_tokens: u.promptTokens,
      completion_tokens: u.completionTokens,
      limit: u.limit,
      remaining: u.limit === null ? null : Math.max(0, u.limit - u.prompts),
      resets_at: u.resetsAt.toISOString(),
      source: this.assistant.source,
    };
  }

  private record(
    auth: AuthContext,
    request: FastifyRequest,
    vulnerabilityId: string,
    result: 'success' | 'failure',
    statusCode: number,
    stream: boolean,
  ) {
    const { ip, userAgent } = clientInfo(request);
    return this.audit.record({
      action: 'vulnerability.prompt',
      result,
      statusCode,
      actorId: auth.user.id,
      actorUsername: auth.user.username,
      impersonatorId: auth.impersonatorId,
      organizationId: auth.user.organizationId,
      resourceType: 'vulnerability',
      resourceId: vulnerabilityId,
      ip,
      userAgent,
      details: { source: this.assistant.source, stream },
    });
  }

  private internal(err: unknown) {
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return {
      status: 500,
      entries: [{ type: 'internal_error', message: 'Internal Server Error' }],
      retryAfter: undefined,
    };
  }
}

const describe = (err: AppError) => ({
  status: err.getStatus(),
  entries: err.entries,
  retryAfter: err.headers['Retry-After'] ? Number(err.headers['Retry-After']) : undefined,
});

/** The answer, with a link to the question stored with it. */
const present = ({ question, answer }: Exchange) =>
  presentChatMessage(answer, { question: { data: { id: question.id, type: CHAT_MESSAGE_TYPE } } });
