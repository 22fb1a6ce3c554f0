import { ValidationPipe, type ValidationError } from '@nestjs/common';
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
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ParameterError(validationMessages(errors)),
  });
}
