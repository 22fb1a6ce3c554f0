import { Check, Column, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type EntityRef, TenantEntity, TenantOwned } from '../../common/tenancy/tenant-entity';

export const CHAT_ROLES = ['user', 'assistant'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];
/** Which path produced an assistant message: a language model, or the offline answer from the check catalogue. */
export const CHAT_SOURCES = ['llm', 'offline'] as const;
export type ChatSource = (typeof CHAT_SOURCES)[number];

/**
 * One message of a user's conversation with the assistant about one vulnerability. The row belongs to the
 * vulnerability's organization (it goes with it) and to the user who asked (only they read or delete it).
 */
@TenantEntity('chat_messages')
@Index('idx_chat_messages_thread', ['vulnerabilityId', 'userId', 'createdAt'])
@Check('ck_chat_messages_role', `"role" IN ('user', 'assistant')`)
@Check('ck_chat_messages_source', `"source" IS NULL OR "source" IN ('llm', 'offline')`)
export class ChatMessage extends TenantOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) vulnerabilityId: string;
  @ManyToOne('Vulnerability', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vulnerability_id' })
  vulnerability?: EntityRef;
  @Index('idx_chat_messages_user_id')
  @Column({ type: 'uuid' })
  userId: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: EntityRef;
  @Column({ type: 'varchar', length: 10 }) role: ChatRole;
  @Column({ type: 'text' }) content: string;
  /** null on the user's own messages. */
  @Column({ type: 'varchar', length: 10, nullable: true }) source: ChatSource | null;
  /** The model that answered (LLM_MODEL at the time), null otherwise. */
  @Column({ type: 'varchar', length: 200, nullable: true }) model: string | null;
  /** Fields of the finding the answer refers to (`evidence`, `cve`, ...). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) citations: string[];
  /** Token counts the model's endpoint reported for this answer (null when it reported none, or offline). */
  @Column({ type: 'integer', nullable: true }) promptTokens: number | null;
  @Column({ type: 'integer', nullable: true }) completionTokens: number | null;
  /** Set by the service (a question and its answer are written in one transaction, where now() is one instant). */
  @Column({ type: 'timestamptz' }) createdAt: Date;
}
