CREATE TABLE "tenant_award" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"subject_types" text[] NOT NULL,
	"decider_role" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"coefficient" double precision,
	"citation" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_award_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_award_code_version_uq" ON "tenant_award" USING btree ("tenant_id","code","version");