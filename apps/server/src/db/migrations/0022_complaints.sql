CREATE TABLE "complaint" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"filed_as" text NOT NULL,
	"kind" text,
	"subject_type" text NOT NULL,
	"subject_id" uuid,
	"subject_name" text NOT NULL,
	"content" text NOT NULL,
	"state" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"classification_due_on" date NOT NULL,
	"accepted_on" date,
	"resolution_due_on" date,
	"is_complex" boolean DEFAULT false NOT NULL,
	"transferred_to" text,
	"handler_id" uuid,
	"hold_id" uuid,
	"outcome" text,
	"conclusion" text,
	"answer" text,
	"concluded_on" date,
	"revocation" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "complaint_event" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"command" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	CONSTRAINT "complaint_event_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "complaint_party" (
	"tenant_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"contact" text NOT NULL,
	"address" text,
	CONSTRAINT "complaint_party_tenant_id_complaint_id_pk" PRIMARY KEY("tenant_id","complaint_id")
);
--> statement-breakpoint
ALTER TABLE "org_unit" ADD COLUMN "is_remote_area" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_tracking_uq" ON "complaint" USING btree ("tenant_id","tracking_code");--> statement-breakpoint
CREATE INDEX "complaint_state_idx" ON "complaint" USING btree ("tenant_id","state");--> statement-breakpoint
CREATE INDEX "complaint_event_idx" ON "complaint_event" USING btree ("tenant_id","complaint_id");