CREATE TABLE `external_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`url` text NOT NULL,
	`canonical_url` text NOT NULL,
	`publisher_name` text NOT NULL,
	`publisher_site` text NOT NULL,
	`publisher_url` text,
	`title` text,
	`claim_reviewed` text NOT NULL,
	`rating_text` text NOT NULL,
	`rating_value` real,
	`best_rating` real,
	`worst_rating` real,
	`date_published` text,
	`language` text,
	`content_sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `external_reviews_url_uq` ON `external_reviews` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `external_reviews_claim_idx` ON `external_reviews` (`claim_id`);--> statement-breakpoint
CREATE INDEX `external_reviews_site_idx` ON `external_reviews` (`publisher_site`,`claim_id`);