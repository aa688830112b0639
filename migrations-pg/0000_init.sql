CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text,
	"display_prefix" text NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text,
	"expires_at" text,
	"revoked_at" text,
	"revoked_by" text
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" integer PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"claim_id" text,
	"changes" text NOT NULL,
	"reason" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_search" (
	"doc" serial PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"vector" "tsvector" NOT NULL,
	"length" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_tags" (
	"claim_id" text NOT NULL,
	"tag" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"claimant" text,
	"claim_date" text,
	"language" text DEFAULT 'en' NOT NULL,
	"tags" json DEFAULT '[]' NOT NULL,
	"first_appearance_source_id" text,
	"first_appearance_url" text,
	"status" text DEFAULT 'unverified' NOT NULL,
	"status_rationale" text,
	"reviewed_by" text,
	"reviewed_at" text,
	"quantities" json DEFAULT '[]' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"source_id" text NOT NULL,
	"stance" text NOT NULL,
	"quote" text,
	"quote_selector" json,
	"note" text,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"retracted_at" text,
	"retracted_by" text,
	"retraction_reason" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"actor_id" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status_code" integer,
	"headers" json,
	"body" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_search" (
	"doc" serial PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"vector" "tsvector" NOT NULL,
	"length" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text,
	"canonical_url" text,
	"citation" text,
	"title" text NOT NULL,
	"publisher" text,
	"author" text,
	"published_at" text,
	"kind" text NOT NULL,
	"content" text,
	"content_sha256" text,
	"retrieved_at" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claim_search" ADD CONSTRAINT "claim_search_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tags" ADD CONSTRAINT "claim_tags_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_first_appearance_source_id_sources_id_fk" FOREIGN KEY ("first_appearance_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewed_by_api_keys_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_retracted_by_api_keys_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_search" ADD CONSTRAINT "source_search_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_api_keys_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_claim_idx" ON "audit_events" USING btree ("claim_id","seq");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_search_claim_uq" ON "claim_search" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_search_vector_idx" ON "claim_search" USING gin ("vector");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_tags_uq" ON "claim_tags" USING btree ("tag","claim_id");--> statement-breakpoint
CREATE INDEX "claim_tags_claim_idx" ON "claim_tags" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "claims_claimant_idx" ON "claims" USING btree ("claimant","id");--> statement-breakpoint
CREATE INDEX "claims_updated_idx" ON "claims" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "claims_text_idx" ON "claims" USING hash ("text");--> statement-breakpoint
CREATE INDEX "claims_language_idx" ON "claims" USING btree (lower(split_part("language", '-', 1)),"id");--> statement-breakpoint
CREATE INDEX "evidence_claim_idx" ON "evidence" USING btree ("claim_id","id");--> statement-breakpoint
CREATE INDEX "evidence_source_idx" ON "evidence" USING btree ("source_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_uq" ON "idempotency_records" USING btree ("actor_id","key");--> statement-breakpoint
CREATE INDEX "idempotency_created_idx" ON "idempotency_records" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sessions_key_idx" ON "sessions" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "source_search_source_uq" ON "source_search" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "source_search_vector_idx" ON "source_search" USING gin ("vector");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_canonical_url_uq" ON "sources" USING btree ("canonical_url");--> statement-breakpoint
CREATE INDEX "sources_kind_idx" ON "sources" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "sources_sha_idx" ON "sources" USING btree ("content_sha256");