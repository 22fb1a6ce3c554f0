import { Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ParameterError } from '../errors/app-error';

const uuidPipe = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new ParameterError([`${name} must be a UUID`]) });

/** A path parameter that must be a UUID (422 otherwise). */
export const UuidParam = (name = 'id') => Param(name, uuidPipe(name));

/** A required query parameter that must be a UUID (422 otherwise). */
export const UuidQuery = (name: string) => Query(name, uuidPipe(name));
