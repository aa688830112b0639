CREATE TABLE `requests` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`url` text,
	`channel` text NOT NULL,
	`language` text NOT NULL,
	`requester_hash` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`claim_id` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`linked_at` text,
	`linked_by` text,
	`answered_at` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linked_by`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `requests_claim_idx` ON `requests` (`claim_id`,`requester_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `requests_status_idx` ON `requests` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `requests_channel_idx` ON `requests` (`channel`,`id`);--> statement-breakpoint
CREATE INDEX `requests_creator_idx` ON `requests` (`created_by`,`id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `request_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `requester_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `claims_demand_idx` ON `claims` (`request_count`,`id`);