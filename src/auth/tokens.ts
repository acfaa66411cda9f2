// Bearer tokens: signed locally with a secret (development), verified against a JWKS or public key (production).
import { createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTVerifyGetKey, type KeyObject } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Config } from '../config.js';
import { ROLES } from '../model/graphModel.js';
import { unauthenticated } from '../errors.js';
import { AGENCY_CODE, type Viewer } from './viewer.js';

const Claims = z.object({
  sub: z.string().min(1).max(200),
  agency: z.string().regex(AGENCY_CODE),
  role: z.enum(ROLES),
});

export type VerifyToken = (token: string) => Promise<Viewer>;

/** The key material tokens are checked with, chosen by mode. */
export function createVerifier(cfg: Config): VerifyToken {
  const { issuer, audience } = cfg.auth;
  const key = verificationKey(cfg);
  // Pinning the algorithms per mode stops a token signed with a shared secret posing as an asymmetric one.
  const options = { issuer, audience, algorithms: cfg.mode === 'production' ? ASYMMETRIC : ['HS256'] };
  // A client sends the same token with every request: its signature is checked once, then the viewer it
  // names is kept until the token expires, and at most VERIFIED_FOR_MS (so a key withdrawn from the
  // JWKS stops being honoured within that). Only verified tokens are kept; a refusal is checked anew.
  const verified = new LRUCache<string, Viewer>({ max: VERIFIED_MAX });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: { exp?: number };
    try {
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (err) {
      throw unauthenticated(err instanceof joseErrors.JWTExpired ? 'the token has expired' : 'the token is not valid');
    }
    const claims = Claims.safeParse(payload);
    if (!claims.success) throw unauthenticated('the token lacks a valid agency, role or subject claim');
    const viewer: Viewer = Object.freeze({ subject: claims.data.sub, agency: claims.data.agency, role: claims.data.role });
    const ttl = Math.min(VERIFIED_FOR_MS, typeof payload.exp === 'number' ? payload.exp * 1000 - Date.now() : VERIFIED_FOR_MS);
    if (ttl >= 1) verified.set(token, viewer, { ttl: Math.floor(ttl) });
    return viewer;
  };
}

/** How long a verified token is taken without checking its signature again (at most until it expires). */
const VERIFIED_FOR_MS = 60_000;
/** Tokens kept verified at once (least recently used leave first). */
const VERIFIED_MAX = 10_000;

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function verificationKey(cfg: Config): Uint8Array | KeyObject | JWTVerifyGetKey {
  if (cfg.mode === 'production') {
    if (cfg.auth.jwksUrl) return createRemoteJWKSet(new URL(cfg.auth.jwksUrl));
    return createPublicKey(cfg.auth.publicKey ?? '') as unknown as KeyObject;
  }
  return localSecret(cfg);
}

/** Local mode: SKEIN_JWT_SECRET, or a random secret kept in the data folder so tokens survive restarts. */
export function localSecret(cfg: Config): Uint8Array {
  if (cfg.auth.secret) return new TextEncoder().encode(cfg.auth.secret);
  const file = `${cfg.dataDir}/jwt-secret`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export interface TokenRequest {
  agency: string;
  role: Viewer['role'];
  subject?: string;
  expiresIn?: string; // jose time span, e.g. '8h'
}

/** Signs a token for the local instance (never available in production mode). */
export async function signLocalToken(cfg: Config, req: TokenRequest): Promise<string> {
  if (cfg.mode === 'production') throw new Error('tokens are issued by your identity provider in production mode');
  const claims = Claims.parse({ sub: req.subject ?? `${req.agency.toLowerCase()}-analyst`, agency: req.agency, role: req.role });
  return new SignJWT({ agency: claims.agency, role: claims.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(cfg.auth.issuer)
    .setAudience(cfg.auth.audience)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '8h')
    .sign(localSecret(cfg));
}

/** Extracts the bearer token from an Authorization header value. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
