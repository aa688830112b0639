// The Discrepancy schema (src/domain/discrepancies.ts), shared by Evidence and ClaimWithEvidence.
import { z } from 'zod';

export const Discrepancy = z
  .object({
    evidenceId: z.string().meta({ examples: ['evd_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    unit: z.string().meta({ description: 'The canonical unit both figures are in.', examples: ['percent'] }),
    claimValue: z.number().meta({ description: "The claim's figure in that unit closest to the quote's.", examples: [40] }),
    quoteValue: z.number().meta({ examples: [37] }),
    claimRaw: z.string().meta({ description: 'The figure as the claim writes it.', examples: ['40%'] }),
    quoteRaw: z.string().meta({ description: 'The figure as the quote writes it.', examples: ['37 per cent'] }),
  })
  .meta({
    id: 'Discrepancy',
    description: 'An evidence quote states a figure in a unit the claim also uses, and none of its figures in that unit equals the claim\'s. Computed when read; a flag for the reviewer, not a verdict.',
  });
