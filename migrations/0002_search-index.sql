-- Custom SQL migration file, put your code below! --
-- Full-text search (issue 5): FTS5 indexes over claims and sources, kept in step by triggers, back-filled here.
--
-- Tokenizer: porter unicode61 remove_diacritics 2 tokenchars '_'
--   unicode61          splits on Unicode letters/digits (not just ASCII) and folds case;
--   remove_diacritics 2 folds accents, including letters with several ("Pyŏngyang" = "Pyongyang");
--   porter             stems English suffixes ("bitcoins" = "bitcoin", "hacked" = "hacking"). Index and query
--                      are stemmed alike, so other Latin-script languages still match (only some suffixes
--                      conflate); the language filter is a column filter, not a second index;
--   tokenchars '_'     keeps the quantity tokens below ("q_btc_11000") whole.
-- Scripts without spaces (Chinese, Japanese, Thai) would need a trigram or ICU table: not done yet.
--
-- Row ids: claims and sources have TEXT primary keys, so their implicit rowid may be renumbered by VACUUM.
-- The FTS rows are therefore keyed by a stable integer from a small map table (*_search_docs), never by
-- the base table's rowid.
--
-- Quantities: every parsed quantity of a claim is indexed as "q_<unit>_<value>" (e.g. q_btc_11000,
-- q_percent_40, q_year_2017, q_usd_5000000) and, when it has a unit, also as "q_any_<value>", so a bare
-- number in a query ("11,000 north korea") still finds it. Values are written without "." or "-"
-- ("40.5" -> 40p5, "-3" -> m3). src/services/search.ts builds query tokens with the same SQL expression.

CREATE TABLE `claim_search_docs` (
	`doc` integer PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	`text`, `claimant`, `tags`, `quantities`,
	tokenize = 'porter unicode61 remove_diacritics 2 tokenchars ''_'''
);
--> statement-breakpoint
-- The words of the index with their document counts: the typo fallback and its vocabulary read it.
CREATE VIRTUAL TABLE `claims_fts_vocab` USING fts5vocab(`claims_fts`, 'row');
--> statement-breakpoint
CREATE VIEW `claim_search_rows` AS
SELECT
	d.`doc` AS `doc`,
	c.`id` AS `claim_id`,
	c.`text` AS `text`,
	c.`claimant` AS `claimant`,
	(SELECT group_concat(t.value, ' ') FROM json_each(c.`tags`) t) AS `tags`,
	(SELECT group_concat('q_' || lower(coalesce(`unit`, 'any')) || '_' || `txt` || iif(`unit` IS NULL, '', ' q_any_' || `txt`), ' ')
		FROM (SELECT `unit`, replace(replace(replace(
				iif(`val` = CAST(`val` AS INTEGER), CAST(CAST(`val` AS INTEGER) AS TEXT), CAST(`val` AS TEXT)),
				'-', 'm'), '.', 'p'), '+', '') AS `txt`
			FROM (SELECT json_extract(j.value, '$.unit') AS `unit`, json_extract(j.value, '$.value') AS `val` FROM json_each(c.`quantities`) j))
	) AS `quantities`
FROM `claim_search_docs` d JOIN `claims` c ON c.`id` = d.`claim_id`;
--> statement-breakpoint
CREATE TRIGGER `claims_search_ai` AFTER INSERT ON `claims`
BEGIN
	INSERT INTO `claim_search_docs` (`claim_id`) VALUES (new.`id`);
	INSERT INTO `claims_fts` (`rowid`, `text`, `claimant`, `tags`, `quantities`)
		SELECT `doc`, `text`, `claimant`, `tags`, `quantities` FROM `claim_search_rows` WHERE `claim_id` = new.`id`;
END;
--> statement-breakpoint
-- Status changes and evidence only bump version/updated_at: they do not touch the index.
CREATE TRIGGER `claims_search_au` AFTER UPDATE OF `text`, `claimant`, `tags`, `quantities` ON `claims`
WHEN old.`text` IS NOT new.`text` OR old.`claimant` IS NOT new.`claimant` OR old.`tags` IS NOT new.`tags` OR old.`quantities` IS NOT new.`quantities`
BEGIN
	UPDATE `claims_fts` SET (`text`, `claimant`, `tags`, `quantities`) =
		(SELECT `text`, `claimant`, `tags`, `quantities` FROM `claim_search_rows` WHERE `claim_id` = new.`id`)
	WHERE `rowid` = (SELECT `doc` FROM `claim_search_docs` WHERE `claim_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_search_ad` AFTER DELETE ON `claims`
BEGIN
	DELETE FROM `claims_fts` WHERE `rowid` = (SELECT `doc` FROM `claim_search_docs` WHERE `claim_id` = old.`id`);
	DELETE FROM `claim_search_docs` WHERE `claim_id` = old.`id`;
END;
--> statement-breakpoint
INSERT INTO `claim_search_docs` (`claim_id`) SELECT `id` FROM `claims` ORDER BY `id`;
--> statement-breakpoint
INSERT INTO `claims_fts` (`rowid`, `text`, `claimant`, `tags`, `quantities`)
	SELECT `doc`, `text`, `claimant`, `tags`, `quantities` FROM `claim_search_rows`;
--> statement-breakpoint
-- Sources: snapshots can be large, so this index is external-content: it stores no copy of the text and
-- reads it back (for snippets) through a view. Triggers therefore pass the old values on delete.
CREATE TABLE `source_search_docs` (
	`doc` integer PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE VIEW `source_search_rows` AS
SELECT d.`doc` AS `doc`, s.`id` AS `source_id`, s.`title` AS `title`, s.`publisher` AS `publisher`, s.`content` AS `content`
FROM `source_search_docs` d JOIN `sources` s ON s.`id` = d.`source_id`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
	`title`, `publisher`, `content`,
	content = 'source_search_rows', content_rowid = 'doc',
	tokenize = 'porter unicode61 remove_diacritics 2 tokenchars ''_'''
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts_vocab` USING fts5vocab(`sources_fts`, 'row');
--> statement-breakpoint
CREATE TRIGGER `sources_search_ai` AFTER INSERT ON `sources`
BEGIN
	INSERT INTO `source_search_docs` (`source_id`) VALUES (new.`id`);
	INSERT INTO `sources_fts` (`rowid`, `title`, `publisher`, `content`)
		VALUES ((SELECT `doc` FROM `source_search_docs` WHERE `source_id` = new.`id`), new.`title`, new.`publisher`, new.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_au` AFTER UPDATE OF `title`, `publisher`, `content` ON `sources`
WHEN old.`title` IS NOT new.`title` OR old.`publisher` IS NOT new.`publisher` OR old.`content` IS NOT new.`content`
BEGIN
	INSERT INTO `sources_fts` (`sources_fts`, `rowid`, `title`, `publisher`, `content`)
		VALUES ('delete', (SELECT `doc` FROM `source_search_docs` WHERE `source_id` = old.`id`), old.`title`, old.`publisher`, old.`content`);
	INSERT INTO `sources_fts` (`rowid`, `title`, `publisher`, `content`)
		VALUES ((SELECT `doc` FROM `source_search_docs` WHERE `source_id` = new.`id`), new.`title`, new.`publisher`, new.`content`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_ad` AFTER DELETE ON `sources`
BEGIN
	INSERT INTO `sources_fts` (`sources_fts`, `rowid`, `title`, `publisher`, `content`)
		VALUES ('delete', (SELECT `doc` FROM `source_search_docs` WHERE `source_id` = old.`id`), old.`title`, old.`publisher`, old.`content`);
	DELETE FROM `source_search_docs` WHERE `source_id` = old.`id`;
END;
--> statement-breakpoint
INSERT INTO `source_search_docs` (`source_id`) SELECT `id` FROM `sources` ORDER BY `id`;
--> statement-breakpoint
INSERT INTO `sources_fts` (`sources_fts`) VALUES ('rebuild');
