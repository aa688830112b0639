CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text,
	`display_prefix` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`expires_at` text,
	`revoked_at` text,
	`revoked_by` text
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`claim_id` text,
	`changes` text NOT NULL,
	`reason` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_claim_idx` ON `audit_events` (`claim_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_events` (`entity_id`,`seq`);--> statement-breakpoint
CREATE TABLE `claim_tags` (
	`claim_id` text NOT NULL,
	`tag` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_tags_uq` ON `claim_tags` (`tag`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claim_tags_claim_idx` ON `claim_tags` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`claimant` text,
	`claim_date` text,
	`language` text DEFAULT 'en' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`first_appearance_source_id` text,
	`first_appearance_url` text,
	`status` text DEFAULT 'unverified' NOT NULL,
	`status_rationale` text,
	`reviewed_by` text,
	`reviewed_at` text,
	`quantities` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`first_appearance_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `claims_claimant_idx` ON `claims` (`claimant`,`id`);--> statement-breakpoint
CREATE INDEX `claims_updated_idx` ON `claims` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`source_id` text NOT NULL,
	`stance` text NOT NULL,
	`quote` text,
	`quote_selector` text,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`retracted_at` text,
	`retracted_by` text,
	`retraction_reason` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`retracted_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_claim_idx` ON `evidence` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `evidence_source_idx` ON `evidence` (`source_id`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_records` (
	`actor_id` text NOT NULL,
	`key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`status_code` integer,
	`headers` text,
	`body` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotency_uq` ON `idempotency_records` (`actor_id`,`key`);--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_records` (`created_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text,
	`canonical_url` text,
	`citation` text,
	`title` text NOT NULL,
	`publisher` text,
	`author` text,
	`published_at` text,
	`kind` text NOT NULL,
	`content` text,
	`content_sha256` text,
	`retrieved_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_canonical_url_uq` ON `sources` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `sources_kind_idx` ON `sources` (`kind`,`id`);