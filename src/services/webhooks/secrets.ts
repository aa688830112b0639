// Webhook signing secrets: made in the Standard Webhooks form (whsec_ + base64 of 32 random bytes), shown
// once, and stored only encrypted. The HMAC key must be usable for signing, so it cannot be hashed like an
// API key; it is sealed with AES-256-GCM under a key derived (HKDF-SHA256) from a server secret:
// WEBHOOK_SECRETS_KEY when set, otherwise the audit signing key's private bytes, which is backed up with the
// database anyway. A copy of the database alone does not reveal the secrets.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

const PREFIX = 'whsec_';
const FORMAT = 'v1';

export function newWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString('base64');
}

/** The HMAC key bytes of a whsec_ secret. */
export function secretKeyBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

/** Derives the 32-byte sealing key from the configured server secret or the audit signing key. */
export function deriveSealingKey(serverSecret: string | undefined, auditSigningKey: KeyObject): Buffer {
  const material = serverSecret ? Buffer.from(serverSecret, 'utf8') : auditSigningKey.export({ format: 'der', type: 'pkcs8' });
  return Buffer.from(hkdfSync('sha256', material, 'claimledger', 'webhook-secrets/v1', 32));
}

export interface SecretBox {
  /** Seals a secret for the subscription `id` (the id is bound in as associated data). */
  seal(id: string, secret: string): string;
  open(id: string, sealed: string): string;
}

export function secretBox(key: Buffer): SecretBox {
  return {
    seal(id, secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(id));
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${FORMAT}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(id, sealed) {
      const [format, iv, body] = sealed.split('.');
      if (format !== FORMAT || !iv || !body) throw new Error('unknown sealed secret format');
      const bytes = Buffer.from(body, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(id));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The webhook-signature header value: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per secret,
 * space-separated (the specification lets a receiver accept any one of them; used during rotation).
 */
export function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  return secrets
    .map((s) => `v1,${createHmac('sha256', secretKeyBytes(s)).update(`${id}.${timestamp}.${body}`).digest('base64')}`)
    .join(' ');
}
