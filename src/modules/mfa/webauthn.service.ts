import { Injectable } from '@nestjs/common';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { lazyModule } from '../../common/runtime/lazy-module';
import { Env } from '../../config/env';
import type { MfaFactor } from './entities/mfa-factor.entity';

/** The library, loaded by the first ceremony. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simpleWebAuthn = lazyModule(() => require('@simplewebauthn/server') as typeof import('@simplewebauthn/server'));

export interface RegistrationResult {
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  aaguid: string;
}

/**
 * WebAuthn ceremonies with @simplewebauthn/server. The RP id and the exact allowed origins come from config;
 * challenges are kept by the caller (CeremoniesService) and used once. Counters that stay at 0 are accepted
 * (passkeys report 0, mfa.md B-36); a counter that goes backwards is refused by the library.
 */
@Injectable()
export class WebAuthnService {
  constructor(private readonly env: Env) {}

  private get origins(): string[] {
    return this.env.WEBAUTHN_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  }

  registrationOptions(user: { id: string; username: string; email: string }, existing: MfaFactor[]) {
    return simpleWebAuthn().generateRegistrationOptions({
      rpName: this.env.WEBAUTHN_RP_NAME,
      rpID: this.env.WEBAUTHN_RP_ID,
      userName: user.email,
      userDisplayName: user.username,
      userID: new TextEncoder().encode(user.id),
      attestationType: 'none',
      excludeCredentials: existing
        .filter((f) => f.credentialId)
        .map((f) => ({ id: f.credentialId!, transports: (f.transports ?? []) as AuthenticatorTransport[] })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
  }

  /** The verified credential, or null when the response does not prove the challenge. */
  async verifyRegistration(response: unknown, challenge: string): Promise<RegistrationResult | null> {
    try {
      const result = await simpleWebAuthn().verifyRegistrationResponse({
        response: response as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origins,
        expectedRPID: this.env.WEBAUTHN_RP_ID,
        requireUserVerification: false,
      });
      if (!result.verified) return null;
      const { credential, aaguid } = result.registrationInfo;
      return {
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? [],
        aaguid,
      };
    } catch {
      return null;
    }
  }

  authenticationOptions(factors: MfaFactor[]) {
    return simpleWebAuthn().generateAuthenticationOptions({
      rpID: this.env.WEBAUTHN_RP_ID,
      allowCredentials: factors.map((f) => ({
        id: f.credentialId!,
        transports: (f.transports ?? []) as AuthenticatorTransport[],
      })),
      userVerification: 'preferred',
    });
  }

  /** The factor that signed and its new counter, or null. */
  async verifyAuthentication(
    response: unknown,
    challenge: string,
    factors: MfaFactor[],
  ): Promise<{ factor: MfaFactor; newCounter: number } | null> {
    const credentialId = (response as { id?: unknown } | null)?.id;
    const factor = factors.find((f) => f.credentialId === credentialId);
    if (!factor?.publicKey) return null;
    try {
      const result = await simpleWebAuthn().verifyAuthenticationResponse({
        response: response as AuthenticationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origins,
        expectedRPID: this.env.WEBAUTHN_RP_ID,
        credential: {
          id: factor.credentialId!,
          publicKey: new Uint8Array(Buffer.from(factor.publicKey, 'base64url')),
          counter: factor.signCount,
          transports: (factor.transports ?? []) as AuthenticatorTransport[],
        },
        requireUserVerification: false,
      });
      return result.verified ? { factor, newCounter: result.authenticationInfo.newCounter } : null;
    } catch {
      return null;
    }
  }
}
