ALTER TABLE "claims" ADD COLUMN "request_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "requester_count" integer DEFAULT 0 NOT NULL;