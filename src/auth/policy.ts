// Who may do what: each /v1 route names one permission; each permission lists the roles that hold it.
import type { Role } from '../domain/types.js';

export const PERMISSIONS = {
  /** Read claims, sources, evidence, ClaimReview, search. */
  read: ['reader', 'checker', 'reviewer', 'auditor', 'admin'],
  /** Create and edit claims and sources, add and retract evidence, move claims to in_review. */
  write: ['checker', 'reviewer', 'admin'],
  /** Publish a verdict as a public fact-check, and withdraw it. */
  publish: ['reviewer', 'admin'],
  /** Claim history, the audit log, its verification and export. */
  audit: ['auditor', 'admin'],
  /** API keys. */
  admin: ['admin'],
  /** Submit a request ("is this true?"): a tipline bot or newsroom CMS holds a reader key. Auditors write nothing. */
  request: ['reader', 'checker', 'reviewer', 'admin'],
  /** Any valid key (GET /me). */
  self: ['reader', 'checker', 'reviewer', 'auditor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The least role that holds a permission, named in 403 responses and in the API docs. */
export const MINIMUM_ROLE: Record<Permission, Role> = { read: 'reader', write: 'checker', publish: 'reviewer', audit: 'auditor', admin: 'admin', self: 'reader', request: 'reader' };

export function allows(permission: Permission, role: Role): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function describePermission(permission: Permission): string {
  const roles = PERMISSIONS[permission];
  return `Requires an API key with one of the roles: ${roles.join(', ')}.`;
}
