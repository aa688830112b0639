// Rating scales: the labels a newsroom rates claims with ("Mostly false", "Pants on fire"), each placed on a
// declared numeric scale and counted as one workflow verdict, so the evidence rules of that verdict apply.
import { z } from 'zod';
import { VERDICTS, type Verdict } from './workflow.js';

export interface RatingLabel {
  /** What readers see, and ClaimReview's reviewRating.alternateName. */
  label: string;
  /** Where the label sits between worstRating and bestRating (ClaimReview's ratingValue). */
  ratingValue: number;
  /** The workflow verdict the label counts as: its evidence rule applies when a reviewer picks it. */
  verdict: Verdict;
}

export interface RatingScale {
  /** The name of the scale (ClaimReview's reviewRating.name is the label; this names the scale in docs). */
  name: string;
  bestRating: number;
  worstRating: number;
  labels: RatingLabel[];
}

/**
 * Today's four labels on a 1–5 scale. Unverifiable sits at the midpoint: Google recommends a ratingValue
 * on every rating, and "neither shown true nor shown false" is the middle of a truth scale.
 */
export const DEFAULT_RATING_SCALE: RatingScale = {
  name: 'ClaimLedger',
  bestRating: 5,
  worstRating: 1,
  labels: [
    { label: 'True', ratingValue: 5, verdict: 'verified' },
    { label: 'Misleading', ratingValue: 3, verdict: 'misleading' },
    { label: 'False', ratingValue: 1, verdict: 'false' },
    { label: 'Unverifiable', ratingValue: 3, verdict: 'unverifiable' },
  ],
};

/** The scale as RATING_SCALE (JSON) or the file RATING_SCALE_FILE states it; checked at start-up. */
export const RatingScaleSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).default('Custom'),
    bestRating: z.number().finite(),
    worstRating: z.number().finite(),
    labels: z
      .array(z.strictObject({
        label: z.string().trim().min(1).max(100),
        ratingValue: z.number().finite(),
        verdict: z.enum(VERDICTS),
      }))
      .min(1),
  })
  .superRefine((s, ctx) => {
    if (s.bestRating === s.worstRating) ctx.addIssue({ code: 'custom', message: 'bestRating and worstRating must differ' });
    const low = Math.min(s.bestRating, s.worstRating);
    const high = Math.max(s.bestRating, s.worstRating);
    const seen = new Set<string>();
    s.labels.forEach((l, i) => {
      if (l.ratingValue < low || l.ratingValue > high) ctx.addIssue({ code: 'custom', path: ['labels', i, 'ratingValue'], message: `must lie between worstRating and bestRating` });
      const key = l.label.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['labels', i, 'label'], message: `"${l.label}" appears twice` });
      seen.add(key);
    });
    for (const v of VERDICTS) {
      if (!s.labels.some((l) => l.verdict === v)) ctx.addIssue({ code: 'custom', path: ['labels'], message: `no label counts as the verdict "${v}"` });
    }
  });

/** The label a verdict is given when the reviewer names none: the scale's first label for that verdict. */
export function defaultLabel(scale: RatingScale, verdict: Verdict): RatingLabel {
  const found = scale.labels.find((l) => l.verdict === verdict);
  if (!found) throw new Error(`The rating scale has no label for the verdict "${verdict}".`);
  return found;
}

/** A label of the scale by its text, case-insensitively. */
export function findLabel(scale: RatingScale, label: string): RatingLabel | undefined {
  const key = label.trim().toLowerCase();
  return scale.labels.find((l) => l.label.toLowerCase() === key);
}
