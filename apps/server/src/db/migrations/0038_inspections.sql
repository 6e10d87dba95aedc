CREATE TABLE "inspection_finding" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"content" text NOT NULL,
	"recommendation" text NOT NULL,
	"follow_up_due_on" date NOT NULL,
	"completed_on" date,
	"completion_note" text,
	"action" text NOT NULL,
	"subject_id" uuid,
	"hold_id" uuid,
	"award_id" uuid,
	"revocation_ground" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_finding_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"basis" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "inspection_plan_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_unit" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "inspection_plan_unit_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "inspection_finding_plan_idx" ON "inspection_finding" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "inspection_finding_open_idx" ON "inspection_finding" USING btree ("tenant_id","completed_on","follow_up_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_plan_title_uq" ON "inspection_plan" USING btree ("tenant_id","unit_id","year","title");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_plan_unit_uq" ON "inspection_plan_unit" USING btree ("tenant_id","plan_id","unit_id");