-- Custom SQL migration file, put your code below! --
-- Bulk import indexes its claims once per batch instead of once per row (issue: NDJSON import speed).
--
-- claims_search_ai indexed each new claim with its own INSERT ... SELECT through claim_search_rows. A bulk
-- import (ClaimsRepository.insertMany) now puts one row in claim_search_deferred for the length of its
-- batch, inside the batch's transaction: while it is there the trigger still maps each claim to its doc,
-- but leaves claims_fts alone, and insertMany then indexes the batch's docs with one set-based
-- INSERT ... SELECT from the same view before the row is deleted, in the same transaction. Other
-- connections never see the row (it is inserted and deleted inside one write transaction), and a rollback
-- takes it away with the batch, so every committed claim is indexed exactly once, by one path or the other.
CREATE TABLE `claim_search_deferred` (
	`one` integer PRIMARY KEY NOT NULL CHECK (`one` = 1)
);
--> statement-breakpoint
DROP TRIGGER `claims_search_ai`;
--> statement-breakpoint
CREATE TRIGGER `claims_search_ai` AFTER INSERT ON `claims`
BEGIN
	INSERT INTO `claim_search_docs` (`claim_id`) VALUES (new.`id`);
	INSERT INTO `claims_fts` (`rowid`, `text`, `claimant`, `tags`, `quantities`)
		SELECT `doc`, `text`, `claimant`, `tags`, `quantities` FROM `claim_search_rows`
		WHERE `claim_id` = new.`id` AND NOT EXISTS (SELECT 1 FROM `claim_search_deferred`);
END;
