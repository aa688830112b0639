-- ?language= on GET /v1/claims compares the primary subtag ("en" lists "en" and "en-GB"), newest first.
-- Hand-corrected: drizzle-kit 0.31 splits an expression index at its commas and quotes the pieces as
-- column names; the snapshot (meta/0003_snapshot.json) holds the expression as src/db/schema.ts writes it.
CREATE INDEX `claims_language_idx` ON `claims` (lower(substr(language, 1, instr(language || '-', '-') - 1)),`id`);
