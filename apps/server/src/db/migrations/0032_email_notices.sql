CREATE TABLE "notice_reminder" (
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_reminder_tenant_id_kind_ref_id_due_on_pk" PRIMARY KEY("tenant_id","kind","ref_id","due_on")
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "notice_opt_out" text[] DEFAULT '{}' NOT NULL;