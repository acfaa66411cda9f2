// Tokens and configuration: local signing, production refusing to start without keys, clear config errors.
import { generateKeyPair, exportSPKI, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createVerifier, signLocalToken } from '../../src/auth/tokens.js';

const secret = 'x'.repeat(40);

describe('configuration', () => {
  it('production refuses to start without a key, with a clear message per variable', () => {
    expect(() => loadConfig({ SKEIN_MODE: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ SKEIN_MODE: 'production', SKEIN_JWT_SECRET: secret });
    } catch (err) {
      expect((err as Error).message).toMatch(/SKEIN_JWKS_URL or SKEIN_JWT_PUBLIC_KEY/);
      expect((err as Error).message).toMatch(/SKEIN_JWT_SECRET: not allowed/);
      expect((err as Error).message).toMatch(/NEO4J_URI: required/);
    }
  });

  it('reports every bad variable', () => {
    expect(() => loadConfig({ SKEIN_PORT: 'abc', NEO4J_URI: 'http://x', SKEIN_DB_HEAP: 'lots' })).toThrow(
      /SKEIN_PORT[\s\S]*NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI[\s\S]*SKEIN_DB_HEAP/,
    );
  });
});

describe('tokens', () => {
  it('local tokens round-trip and carry agency and role', async () => {
    const cfg = loadConfig({ SKEIN_JWT_SECRET: secret });
    const token = await signLocalToken(cfg, { agency: 'NL-INTEL', role: 'ANALYST' });
    expect(await createVerifier(cfg)(token)).toEqual({ subject: 'nl-intel-analyst', agency: 'NL-INTEL', role: 'ANALYST' });
  });

  it('production verifies against a public key and never signs', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const cfg = loadConfig({ SKEIN_MODE: 'production', NEO4J_URI: 'neo4j://db:7687', SKEIN_JWT_PUBLIC_KEY: await exportSPKI(publicKey) });
    const token = await new SignJWT({ agency: 'BE-INTEL', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('ops@be')
      .setIssuer(cfg.auth.issuer)
      .setAudience(cfg.auth.audience)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await createVerifier(cfg)(token)).toEqual({ subject: 'ops@be', agency: 'BE-INTEL', role: 'ADMIN' });
    await expect(signLocalToken(cfg, { agency: 'BE-INTEL', role: 'ADMIN' })).rejects.toThrow(/identity provider/);
    const local = await signLocalToken(loadConfig({ SKEIN_JWT_SECRET: secret }), { agency: 'BE-INTEL', role: 'ADMIN' });
    await expect(createVerifier(cfg)(local)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('a verified token is honoured until it expires, not a moment longer, and a refused one is never kept', async () => {
    const cfg = loadConfig({ SKEIN_JWT_SECRET: secret });
    const verify = createVerifier(cfg);
    const key = new TextEncoder().encode(secret);
    const expiresAt = Math.ceil(Date.now() / 1000) + 2;
    const token = await new SignJWT({ agency: 'NL-INTEL', role: 'ANALYST' }).setProtectedHeader({ alg: 'HS256' }).setSubject('short')
      .setIssuer(cfg.auth.issuer).setAudience(cfg.auth.audience).setExpirationTime(expiresAt).sign(key);
    expect(await verify(token)).toEqual({ subject: 'short', agency: 'NL-INTEL', role: 'ANALYST' });
    expect(await verify(token)).toEqual({ subject: 'short', agency: 'NL-INTEL', role: 'ANALYST' }); // from the cache
    await new Promise((r) => setTimeout(r, expiresAt * 1000 - Date.now() + 50));
    await expect(verify(token)).rejects.toMatchObject({ message: 'the token has expired', extensions: { code: 'UNAUTHENTICATED' } });
    // A forged signature is refused every time, also after a good token of the same claims was seen.
    const good = await signLocalToken(cfg, { agency: 'NL-INTEL', role: 'ANALYST' });
    await verify(good);
    const forged = `${good.slice(0, good.lastIndexOf('.') + 1)}${'A'.repeat(43)}`;
    await expect(verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
