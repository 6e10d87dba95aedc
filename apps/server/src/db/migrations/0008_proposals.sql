CREATE TABLE "award_revocation" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"decision_id" uuid,
	"ground" text NOT NULL,
	"revoked_on" date NOT NULL,
	"reason" text NOT NULL,
	"recover_certificate" boolean NOT NULL,
	"recover_amount_vnd" integer,
	"decided_by" uuid NOT NULL,
	CONSTRAINT "award_revocation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "council_agenda_item" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	"passed" boolean,
	"result_text" text,
	CONSTRAINT "council_agenda_item_tenant_id_session_id_item_id_pk" PRIMARY KEY("tenant_id","session_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "council_member" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid,
	"is_present" boolean DEFAULT true NOT NULL,
	CONSTRAINT "council_member_tenant_id_session_id_user_id_pk" PRIMARY KEY("tenant_id","session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_participation" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "council_participation_tenant_id_session_id_item_id_user_id_pk" PRIMARY KEY("tenant_id","session_id","item_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "council_session" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"meeting_on" date NOT NULL,
	"quorum" integer NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	CONSTRAINT "council_session_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "decision_counter" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "decision_counter_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"proposal_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"is_read" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposal" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"movement_id" uuid,
	"submitting_unit_id" uuid NOT NULL,
	"levels" jsonb NOT NULL,
	"level_index" integer DEFAULT 0 NOT NULL,
	"decider_role" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"state" text NOT NULL,
	"requirements" jsonb NOT NULL,
	"public_comment_done" boolean DEFAULT false NOT NULL,
	"council_done" boolean DEFAULT false NOT NULL,
	"components" jsonb NOT NULL,
	"step_entered_on" date NOT NULL,
	"due_on" date,
	"public_comment_until" date,
	"last_return" jsonb,
	"reject_reason" text,
	"decision_id" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposal_component" (
	"tenant_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"name" text NOT NULL,
	"file_id" uuid,
	"sha256" text,
	"is_generated" boolean DEFAULT false NOT NULL,
	CONSTRAINT "proposal_component_tenant_id_proposal_id_name_pk" PRIMARY KEY("tenant_id","proposal_id","name")
);
--> statement-breakpoint
CREATE TABLE "proposal_decision" (
	"tenant_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"seq" integer,
	"is_external" boolean DEFAULT false NOT NULL,
	CONSTRAINT "proposal_decision_tenant_id_decision_id_pk" PRIMARY KEY("tenant_id","decision_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_event" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"command" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"detail" jsonb,
	CONSTRAINT "proposal_event_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "proposal_item" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"achievement" text,
	"engine_eligible" boolean,
	"verdict" jsonb,
	"flags" jsonb,
	"appraisal" text DEFAULT 'PENDING' NOT NULL,
	"appraised_eligible" boolean,
	"override_reason" text,
	"council_passed" boolean,
	"outcome" text,
	"award_id" uuid,
	CONSTRAINT "proposal_item_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "public_comment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'NEW' NOT NULL,
	"triage_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_comment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "award_revocation_award_uq" ON "award_revocation" USING btree ("tenant_id","award_id");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "proposal_unit_idx" ON "proposal" USING btree ("tenant_id","submitting_unit_id");--> statement-breakpoint
CREATE INDEX "proposal_state_idx" ON "proposal" USING btree ("tenant_id","state","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_decision_seq_uq" ON "proposal_decision" USING btree ("tenant_id","year","seq");--> statement-breakpoint
CREATE INDEX "proposal_event_proposal_idx" ON "proposal_event" USING btree ("tenant_id","proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_item_proposal_idx" ON "proposal_item" USING btree ("tenant_id","proposal_id");--> statement-breakpoint
CREATE INDEX "public_comment_proposal_idx" ON "public_comment" USING btree ("tenant_id","proposal_id");