import { type ArgumentMetadata, type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ParameterError } from '../errors/app-error';

/** Flattens nested class-validator errors into one message per field, naming the field path (`user.email ...`). */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      // class-validator starts its texts with the bare property name; replace it by the full path.
      text.startsWith(`${error.property} `) ? `${field}${text.slice(error.property.length)}` : `${field}: ${text}`,
    );
    return [...own, ...validationMessages(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ParameterError(validationMessages(errors)),
  });
}

/**
 * Most GET requests carry no query string, and an empty query validates the same way every time: for each query DTO
 * the pipe works out once whether `{}` passes and whether the transformed result is just `new Dto()` (no
 * class-transformer defaults), and from then on answers `new Dto()` without running class-transformer and
 * class-validator. Anything else, and any DTO for which that is not so, takes the normal path.
 */
class AppValidationPipe extends ValidationPipe {
  private readonly emptyQueryIsPlainInstance = new WeakMap<Type, boolean>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype as Type | undefined;
    const emptyWholeQuery =
      metadata.type === 'query' &&
      metadata.data === undefined &&
      !!type &&
      !PRIMITIVES.has(type) &&
      isEmptyObject(value);
    if (!emptyWholeQuery) return super.transform(value, metadata);
    const known = this.emptyQueryIsPlainInstance.get(type);
    if (known) return new type();
    if (known === false) return super.transform(value, metadata);
    const result = await super.transform(value, metadata).catch(() => undefined);
    const plain = result !== undefined && sameOwnValues(result, new type());
    this.emptyQueryIsPlainInstance.set(type, plain);
    return plain ? result : super.transform(value, metadata);
  }
}

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Buffer]);

function isEmptyObject(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  for (const _ in value) return false;
  return true;
}

function sameOwnValues(a: object, b: object): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is((a as never)[k], (b as never)[k]));
}

type MetadataLookup = (
  target: object,
  schema: string,
  always: boolean,
  strictGroups: boolean,
  groups?: string[],
) => unknown[];
let memoized = false;

/**
 * class-validator looks up a class's rules by scanning every decorated class of the program on each `validate()`
 * (typestack/class-validator#2686): with this API's few hundred DTOs that scan was the largest single cost of a
 * small authenticated request. A class's own and inherited rules are all registered when it is defined, before
 * anything can be validated against it, so the answer per (class, options) is remembered.
 */
function memoizeValidationMetadata() {
  if (memoized) return;
  memoized = true;
  const storage = getMetadataStorage() as unknown as { getTargetValidationMetadatas: MetadataLookup };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const cache = new WeakMap<object, Map<string, unknown[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let perTarget = cache.get(target);
    if (!perTarget) cache.set(target, (perTarget = new Map()));
    let found = perTarget.get(key);
    if (!found) perTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found.slice();
  };
}
