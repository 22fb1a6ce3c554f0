import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

export interface DecoratedMethod<M> {
  /** The decorator's metadata. */
  metadata: M;
  /** `ClassName.method`, for error messages. */
  where: string;
  className: string;
  methodName: string;
  /** Calls the method on its provider instance. */
  call: (...args: unknown[]) => Promise<unknown>;
}

/** Every provider method carrying `metadataKey` (the `@OnJob`, `@OnEvent` and `@Periodic` handlers found at boot). */
export function decoratedMethods<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
  metadataKey: string,
): DecoratedMethod<M>[] {
  const found: DecoratedMethod<M>[] = [];
  for (const { instance } of discovery.getProviders()) {
    if (!instance || typeof instance !== 'object') continue;
    const proto = Object.getPrototypeOf(instance);
    if (!proto) continue;
    for (const methodName of scanner.getAllMethodNames(proto)) {
      const metadata = reflector.get<M | undefined>(metadataKey, proto[methodName]);
      if (metadata === undefined) continue;
      const className = proto.constructor.name as string;
      found.push({
        metadata,
        where: `${className}.${methodName}`,
        className,
        methodName,
        call: (...args) => proto[methodName].apply(instance, args),
      });
    }
  }
  return found;
}
