CREATE TABLE `publications` (
	`claim_id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`claim_reviewed` text NOT NULL,
	`first_published_at` text NOT NULL,
	`first_published_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`unpublished_at` text,
	`unpublished_by` text,
	`unpublish_reason` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`first_published_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unpublished_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_slug_uq` ON `publications` (`slug`);--> statement-breakpoint
CREATE INDEX `publications_updated_idx` ON `publications` (`updated_at`,`claim_id`);--> statement-breakpoint
CREATE TABLE `published_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`verdict` text NOT NULL,
	`label` text NOT NULL,
	`rating_value` real NOT NULL,
	`best_rating` real NOT NULL,
	`worst_rating` real NOT NULL,
	`rationale` text,
	`reviewed_by` text,
	`reviewed_at` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` text NOT NULL,
	`audit_seq` integer NOT NULL,
	`audit_hash` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `published_ratings_claim_idx` ON `published_ratings` (`claim_id`,`audit_seq`);--> statement-breakpoint
CREATE INDEX `published_ratings_published_idx` ON `published_ratings` (`published_at`,`id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant_type` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `appearances` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `verdict_label` text;