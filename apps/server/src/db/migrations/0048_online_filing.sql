CREATE TABLE "online_filing" (
	"tenant_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"procedure" text NOT NULL,
	"applicant_name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"address" text NOT NULL,
	"citizen_user_id" uuid,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "online_filing_tenant_id_proposal_id_pk" PRIMARY KEY("tenant_id","proposal_id")
);
--> statement-breakpoint
ALTER TABLE "portal_settings" ADD COLUMN "online_procedures" jsonb;