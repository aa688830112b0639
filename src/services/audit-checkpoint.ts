// Signed checkpoints of the audit log: an Ed25519 signature over {origin, size, headHash}. An auditor who
// keeps one can later prove the log still extends it (GET /v1/audit/consistency, `claimledger audit verify`).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { checkpointMessage, type Checkpoint, type SignedCheckpoint } from './audit-verify.js';

export const KEY_FILE_NAME = 'audit-signing-key.pem';

/**
 * The signing key: ":memory:" gives an ephemeral key (tests); the default file beside the database is
 * generated on first start; a key path configured elsewhere must exist — silently making a new key
 * there would orphan every checkpoint auditors hold.
 */
export function loadSigningKey(config: Pick<Config, 'auditSigningKeyPath' | 'dbPath'>): KeyObject {
  const file = config.auditSigningKeyPath;
  if (file === ':memory:') return generateKeyPairSync('ed25519').privateKey;
  if (!fs.existsSync(file)) {
    const isDefault = config.dbPath !== ':memory:' && path.resolve(file) === path.resolve(path.dirname(config.dbPath), KEY_FILE_NAME);
    if (!isDefault) throw new Error(`AUDIT_SIGNING_KEY: ${file} does not exist. Point it at the Ed25519 PEM key that signed earlier checkpoints, or unset it to use ${KEY_FILE_NAME} beside the database.`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' }); // wx: never overwrite a key another process just made
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const key = createPrivateKey(fs.readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`AUDIT_SIGNING_KEY: ${file} is a ${key.asymmetricKeyType} key; an Ed25519 key is required.`);
  return key;
}

export function publicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

/** A short fingerprint of the public key: sha256 of its SPKI DER, first 16 hex digits. */
export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function createCheckpointSigner(privateKey: KeyObject, origin: string) {
  const publicKey = publicKeyPem(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    origin,
    publicKey,
    keyId,
    sign(head: { seq: number; hash: string }): SignedCheckpoint {
      const checkpoint: Checkpoint = { origin, size: head.seq, headHash: head.hash };
      return { checkpoint, signature: sign(null, checkpointMessage(checkpoint), privateKey).toString('base64'), publicKey, keyId };
    },
  };
}

export type CheckpointSigner = ReturnType<typeof createCheckpointSigner>;
