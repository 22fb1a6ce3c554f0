import { SetMetadata } from '@nestjs/common';

/** Every event payload names the organization it happened in: subscribers load their data through its scope. */
export interface EventPayload {
  organizationId: string;
}

/** What a subscriber is told besides the payload. */
export interface EventMeta {
  /** The outbox row's id: the same on every redelivery, so handlers can be idempotent by it. */
  eventId: string;
  name: string;
  /** When the publishing transaction wrote the event (ISO-8601). */
  occurredAt: string;
  /** 0 on the first delivery to this subscriber, then 1, 2, ... */
  retryCount: number;
}

export interface EventDefinition<P extends EventPayload> {
  readonly name: string;
  /** Type carrier only. */
  readonly payload?: P;
}

const registry = new Map<string, EventDefinition<EventPayload>>();

/**
 * Declares a domain event once, at module level in `<domain>.events.ts`:
 * `export const SCAN_COMPLETED = defineEvent<ScanCompletedPayload>('scan.completed')`.
 * Names are `<domain>.<past tense>`; a payload is JSON (dates as ISO strings) and always carries `organizationId`.
 */
export function defineEvent<P extends EventPayload>(name: string): EventDefinition<P> {
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(name)) throw new Error(`Bad event name ${name}`);
  const existing = registry.get(name);
  if (existing) return existing as EventDefinition<P>;
  const def: EventDefinition<P> = { name };
  registry.set(name, def);
  return def;
}

export const declaredEvents = (): EventDefinition<EventPayload>[] => [...registry.values()];
export const isDeclaredEvent = (name: string) => registry.has(name);

export const ON_EVENT_METADATA = 'cg:on-event';

export interface SubscriberOptions {
  /**
   * Stable subscriber name (its pg-boss queue is `event.<name>`); default `<class>.<method>` in kebab case. Keep it
   * when renaming the method, or events relayed before a deploy are delivered to a queue nobody works.
   */
  name?: string;
  /** Tries after the first failure (default 5), with growing delays. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A handler running longer than this fails and is retried (default 5 minutes). */
  expireInSeconds?: number;
  /** Workers of this subscriber's queue in one process (default 2), each running up to `batchSize` (default 10). */
  concurrency?: number;
  batchSize?: number;
}

export interface SubscriberDeclaration extends SubscriberOptions {
  event: string;
}

type EventHandler<P extends EventPayload> = (payload: P, meta: EventMeta) => Promise<unknown>;

/**
 * Subscribes a provider method to a domain event. Each subscriber gets every committed event as a pg-boss job of its
 * own (at least once; retried alone when it fails). The handler's parameter is typed from the definition.
 */
export function OnEvent<P extends EventPayload>(event: EventDefinition<P>, options: SubscriberOptions = {}) {
  return <H extends EventHandler<P>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): TypedPropertyDescriptor<H> => {
    SetMetadata(ON_EVENT_METADATA, { event: event.name, ...options } satisfies SubscriberDeclaration)(
      target,
      key,
      descriptor,
    );
    return descriptor;
  };
}
