CREATE TABLE "report_rollup_entry" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sender_code" text NOT NULL,
	"sender_name" text NOT NULL,
	"form_code" text NOT NULL,
	"year" integer NOT NULL,
	"version" text NOT NULL,
	"revision" integer NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"document" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_rollup_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_snapshot" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"form_code" text NOT NULL,
	"version" text NOT NULL,
	"year" integer NOT NULL,
	"scope_unit_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"signer_user_id" uuid NOT NULL,
	"frozen_by" uuid NOT NULL,
	"frozen_on" date NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_snapshot_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "report_rollup_entry_sender_uq" ON "report_rollup_entry" USING btree ("tenant_id","sender_code","form_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "report_snapshot_revision_uq" ON "report_snapshot" USING btree ("tenant_id","form_code","year","scope_unit_id","revision");