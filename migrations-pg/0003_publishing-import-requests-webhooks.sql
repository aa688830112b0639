CREATE TABLE "external_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"url" text NOT NULL,
	"canonical_url" text NOT NULL,
	"publisher_name" text NOT NULL,
	"publisher_site" text NOT NULL,
	"publisher_url" text,
	"title" text,
	"claim_reviewed" text NOT NULL,
	"rating_text" text NOT NULL,
	"rating_value" double precision,
	"best_rating" double precision,
	"worst_rating" double precision,
	"date_published" text,
	"language" text,
	"content_sha256" text NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"claim_id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"claim_reviewed" text NOT NULL,
	"first_published_at" text NOT NULL,
	"first_published_by" text NOT NULL,
	"updated_at" text NOT NULL,
	"unpublished_at" text,
	"unpublished_by" text,
	"unpublish_reason" text
);
--> statement-breakpoint
CREATE TABLE "published_ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"verdict" text NOT NULL,
	"label" text NOT NULL,
	"rating_value" double precision NOT NULL,
	"best_rating" double precision NOT NULL,
	"worst_rating" double precision NOT NULL,
	"rationale" text,
	"reviewed_by" text,
	"reviewed_at" text NOT NULL,
	"published_at" text NOT NULL,
	"published_by" text NOT NULL,
	"audit_seq" integer NOT NULL,
	"audit_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"url" text,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"requester_hash" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"claim_id" text,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"linked_at" text,
	"linked_by" text,
	"answered_at" text
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"webhook_id" text NOT NULL,
	"at" text NOT NULL,
	"status_code" integer,
	"latency_ms" integer NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "webhook_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"webhook_id" text NOT NULL,
	"seq" integer NOT NULL,
	"event_type" text NOT NULL,
	"payload" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" text NOT NULL,
	"last_attempt_at" text,
	"last_status" integer,
	"last_error" text,
	"failing_since" text,
	"created_at" text NOT NULL,
	"delivered_at" text
);
--> statement-breakpoint
CREATE TABLE "webhooks" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"event_types" json NOT NULL,
	"filter" json NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_reason" text,
	"disabled_at" text,
	"secret_encrypted" text NOT NULL,
	"previous_secret_encrypted" text,
	"previous_secret_expires_at" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "claimant_type" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "appearances" json DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "verdict_label" text;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD CONSTRAINT "external_reviews_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_reviews" ADD CONSTRAINT "external_reviews_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_first_published_by_api_keys_id_fk" FOREIGN KEY ("first_published_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_unpublished_by_api_keys_id_fk" FOREIGN KEY ("unpublished_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_ratings" ADD CONSTRAINT "published_ratings_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_ratings" ADD CONSTRAINT "published_ratings_reviewed_by_api_keys_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_ratings" ADD CONSTRAINT "published_ratings_published_by_api_keys_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_linked_by_api_keys_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_message_id_webhook_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."webhook_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_messages" ADD CONSTRAINT "webhook_messages_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_reviews_url_uq" ON "external_reviews" USING btree ("canonical_url");--> statement-breakpoint
CREATE INDEX "external_reviews_claim_idx" ON "external_reviews" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "external_reviews_site_idx" ON "external_reviews" USING btree ("publisher_site","claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_slug_uq" ON "publications" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "publications_updated_idx" ON "publications" USING btree ("updated_at","claim_id");--> statement-breakpoint
CREATE INDEX "published_ratings_claim_idx" ON "published_ratings" USING btree ("claim_id","audit_seq");--> statement-breakpoint
CREATE INDEX "published_ratings_published_idx" ON "published_ratings" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "requests_claim_idx" ON "requests" USING btree ("claim_id","requester_hash","created_at");--> statement-breakpoint
CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "requests_channel_idx" ON "requests" USING btree ("channel","id");--> statement-breakpoint
CREATE INDEX "requests_creator_idx" ON "requests" USING btree ("created_by","id");--> statement-breakpoint
CREATE INDEX "webhook_attempts_message_idx" ON "webhook_attempts" USING btree ("message_id","id");--> statement-breakpoint
CREATE INDEX "webhook_attempts_webhook_idx" ON "webhook_attempts" USING btree ("webhook_id","id");--> statement-breakpoint
CREATE INDEX "webhook_messages_queue_idx" ON "webhook_messages" USING btree ("webhook_id","state","seq");--> statement-breakpoint
CREATE INDEX "webhook_messages_list_idx" ON "webhook_messages" USING btree ("webhook_id","id");--> statement-breakpoint
CREATE INDEX "claims_demand_idx" ON "claims" USING btree ("request_count","id");