// The verification workflow: which status changes are allowed, for whom, and with what evidence.
// Pure functions, so the rules can be tested and read apart from HTTP and SQL.
import type { ClaimStatus, Role, Stance } from './types.js';

export const VERDICTS = ['verified', 'misleading', 'false', 'unverifiable'] as const satisfies readonly ClaimStatus[];
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(status: ClaimStatus): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status);
}

/** A refused transition: `rule` names the rule for clients, `status` is 403 (role) or 409 (state). */
export interface TransitionRefusal {
  status: 403 | 409;
  rule: string;
  detail: string;
  requiredRole?: Role;
}

const CAN_REVIEW: readonly Role[] = ['reviewer', 'admin'];

/** Evidence each verdict needs among the claim's active evidence; null means no requirement. */
export const VERDICT_EVIDENCE_RULES: Record<Verdict, { rule: string; satisfied: (stances: Stance[]) => boolean; needs: string } | null> = {
  verified: { rule: 'verified-needs-supporting-evidence', satisfied: (s) => s.includes('supports'), needs: 'at least one active "supports" evidence' },
  false: { rule: 'false-needs-contradicting-evidence', satisfied: (s) => s.includes('contradicts'), needs: 'at least one active "contradicts" evidence' },
  misleading: { rule: 'misleading-needs-evidence', satisfied: (s) => s.length > 0, needs: 'at least one active evidence of any stance' },
  unverifiable: null,
};

/** The first verdict rule the given active evidence breaks, or null. */
export function brokenVerdictRule(status: ClaimStatus, activeStances: Stance[]): { rule: string; needs: string } | null {
  if (!isVerdict(status)) return null;
  const r = VERDICT_EVIDENCE_RULES[status];
  return r && !r.satisfied(activeStances) ? { rule: r.rule, needs: r.needs } : null;
}

export function checkTransition(input: {
  from: ClaimStatus;
  to: ClaimStatus;
  rationale: string | null | undefined;
  role: Role;
  activeStances: Stance[];
}): TransitionRefusal | null {
  const { from, to, role } = input;
  const hasRationale = !!input.rationale?.trim();

  if (from === to) return { status: 409, rule: 'status-unchanged', detail: `The claim is already "${to}".` };
  if (to === 'unverified') return { status: 409, rule: 'cannot-return-to-unverified', detail: 'A claim never goes back to "unverified"; re-open it to "in_review" instead.' };

  if (to === 'in_review') {
    if (from === 'unverified') return null; // the route already requires checker or higher
    // from a verdict: a re-opening
    if (!CAN_REVIEW.includes(role)) return { status: 403, rule: 'reopen-needs-reviewer', detail: 'Re-opening a verdict needs the reviewer role.', requiredRole: 'reviewer' };
    if (!hasRationale) return { status: 409, rule: 'reopen-needs-reason', detail: 'Re-opening a verdict needs a reason in "rationale".' };
    return null;
  }

  // to is a verdict
  if (!CAN_REVIEW.includes(role)) return { status: 403, rule: 'verdict-needs-reviewer', detail: `Setting the verdict "${to}" needs the reviewer role.`, requiredRole: 'reviewer' };
  if (from !== 'in_review') {
    return {
      status: 409,
      rule: 'verdict-needs-in-review',
      detail: from === 'unverified' ? 'Move the claim to "in_review" before setting a verdict.' : `The claim already has the verdict "${from}"; re-open it to "in_review" first.`,
    };
  }
  if (!hasRationale) return { status: 409, rule: 'verdict-needs-rationale', detail: `The verdict "${to}" needs a rationale.` };
  const broken = brokenVerdictRule(to, input.activeStances);
  if (broken) return { status: 409, rule: broken.rule, detail: `The verdict "${to}" needs ${broken.needs}.` };
  return null;
}
