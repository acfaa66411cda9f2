import { createPublicKey, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { ROLES } from "../model/graphModel.js";
import { unauthenticated } from "../errors.js";
import { AGENCY_CODE } from "./viewer.js";
const Claims = z.object({
  sub: z.string().min(1).max(200),
  agency: z.string().regex(AGENCY_CODE),
  role: z.enum(ROLES)
});
function createVerifier(cfg) {
  const { issuer, audience } = cfg.auth;
  const key = verificationKey(cfg);
  const options = { issuer, audience, algorithms: cfg.mode === "production" ? ASYMMETRIC : ["HS256"] };
  return async (token) => {
    let payload;
    try {
      ({ payload } = typeof key === "function" ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (err) {
      throw unauthenticated(err instanceof joseErrors.JWTExpired ? "the token has expired" : "the token is not valid");
    }
    const claims = Claims.safeParse(payload);
    if (!claims.success) throw unauthenticated("the token lacks a valid agency, role or subject claim");
    return { subject: claims.data.sub, agency: claims.data.agency, role: claims.data.role };
  };
}
const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
function verificationKey(cfg) {
  if (cfg.mode === "production") {
    if (cfg.auth.jwksUrl) return createRemoteJWKSet(new URL(cfg.auth.jwksUrl));
    return createPublicKey(cfg.auth.publicKey ?? "");
  }
  return localSecret(cfg);
}
function localSecret(cfg) {
  if (cfg.auth.secret) return new TextEncoder().encode(cfg.auth.secret);
  const file = `${cfg.dataDir}/jwt-secret`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 384, flag: "wx" });
  }
  return new TextEncoder().encode(readFileSync(file, "utf8").trim());
}
async function signLocalToken(cfg, req) {
  if (cfg.mode === "production") throw new Error("tokens are issued by your identity provider in production mode");
  const claims = Claims.parse({ sub: req.subject ?? `${req.agency.toLowerCase()}-analyst`, agency: req.agency, role: req.role });
  return new SignJWT({ agency: claims.agency, role: claims.role }).setProtectedHeader({ alg: "HS256" }).setSubject(claims.sub).setIssuer(cfg.auth.issuer).setAudience(cfg.auth.audience).setIssuedAt().setExpirationTime(req.expiresIn ?? "8h").sign(localSecret(cfg));
}
function bearerToken(header) {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header ?? "");
  return match?.[1];
}
export {
  bearerToken,
  createVerifier,
  localSecret,
  signLocalToken
};
