CREATE TABLE "initiative_author" (
	"tenant_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"share_pct" integer DEFAULT 100 NOT NULL,
	CONSTRAINT "initiative_author_tenant_id_initiative_id_person_id_pk" PRIMARY KEY("tenant_id","initiative_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "record_file" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "record_file_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_file_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenant_rule_params" (
	"tenant_id" uuid NOT NULL,
	"rule_set_id" text NOT NULL,
	"params" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_rule_params_tenant_id_rule_set_id_pk" PRIMARY KEY("tenant_id","rule_set_id")
);
--> statement-breakpoint
DROP INDEX "annual_rating_subject_idx";--> statement-breakpoint
ALTER TABLE "award" ADD COLUMN "revocation_ground" text;--> statement-breakpoint
ALTER TABLE "award" ADD COLUMN "achievement" text;--> statement-breakpoint
ALTER TABLE "award" ADD COLUMN "period_start_year" integer;--> statement-breakpoint
ALTER TABLE "award" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "hold" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "applied_on" date;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "recognized_by" text;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "decision_number" text;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "initiative_author_person_idx" ON "initiative_author" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "record_file_record_idx" ON "record_file" USING btree ("tenant_id","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_rating_subject_year_uq" ON "annual_rating" USING btree ("tenant_id","subject_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_number_uq" ON "decision" USING btree ("tenant_id","number");