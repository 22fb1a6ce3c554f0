import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppSecrets } from '../../database/app-secrets.service';
import { Unauthorized } from '../../common/errors/app-error';
import type { AuthContext, RequestWithAuth } from '../../common/auth/auth-context';
import { CallerFactory } from './caller.factory';

export interface SessionJwtPayload {
  sub: string;
  sid: string;
  /** RFC 8693 actor claim, present while an admin impersonates `sub`. */
  act?: { sub: string };
  iat?: number;
  exp?: number;
}

let verificationKey: { secret: string; key: KeyObject } | undefined;

/** passport-jwt: checks signature and expiry, then the server-side session (revocation, idle timeout). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secrets: AppSecrets,
    private readonly callers: CallerFactory,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      passReqToCallback: true,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on
      // every verification, which costs more than the rest of the request.
      // (passport-jwt's types say string | Buffer; it hands the value to jsonwebtoken, which takes a KeyObject.)
      secretOrKeyProvider: (_req: unknown, _raw: unknown, done: (err: unknown, secret?: string) => void) => {
        secrets.jwtSecret().then((s) => {
          if (!verificationKey || verificationKey.secret !== s)
            verificationKey = { secret: s, key: createSecretKey(Buffer.from(s)) };
          done(null, verificationKey.key as unknown as string);
        }, done);
      },
    });
  }

  validate(request: RequestWithAuth, payload: SessionJwtPayload): Promise<Omit<AuthContext, 'apiKeyId'>> {
    if (typeof payload?.sub !== 'string' || typeof payload?.sid !== 'string')
      throw Unauthorized('Invalid token', 'auth.invalid_token');
    return this.callers.fromSession(payload.sid, payload.sub, !!request.loadCallerProfile);
  }
}

/** Runs the passport strategy; any failure is a 401 in the common envelope. */
@Injectable()
export class JwtPassportGuard extends AuthGuard('jwt') {
  override handleRequest<T>(err: unknown, user: T): T {
    if (err)
      throw err instanceof Error && 'getStatus' in err
        ? err
        : Unauthorized('Invalid or expired token', 'auth.invalid_token');
    if (!user) throw Unauthorized('Invalid or expired token', 'auth.invalid_token');
    return user;
  }
}
