CREATE TABLE "award_movement" (
	"tenant_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	CONSTRAINT "award_movement_tenant_id_award_id_pk" PRIMARY KEY("tenant_id","award_id")
);
--> statement-breakpoint
CREATE TABLE "cluster" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"organiser_level" text NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"head_unit_id" uuid,
	"deputy_unit_id" uuid,
	"regulation_ref" text,
	"regulation_file_id" uuid,
	"tie_break" text DEFAULT 'CROSS_SCORE' NOT NULL,
	"outlier_threshold" double precision DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "cluster_leadership" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"term_year" integer NOT NULL,
	"head_unit_id" uuid NOT NULL,
	"deputy_unit_id" uuid,
	"elected_on" date NOT NULL,
	"note" text,
	CONSTRAINT "cluster_leadership_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "cluster_member" (
	"tenant_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_assessor" boolean DEFAULT false NOT NULL,
	CONSTRAINT "cluster_member_tenant_id_cluster_id_unit_id_pk" PRIMARY KEY("tenant_id","cluster_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movement" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"form" text NOT NULL,
	"title" text NOT NULL,
	"theme" text,
	"year" integer NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"launching_authority" text NOT NULL,
	"level" text NOT NULL,
	"scope" text NOT NULL,
	"participation" text NOT NULL,
	"participation_root_id" uuid,
	"goals" text,
	"criteria" text,
	"start_date" date,
	"end_date" date,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"launch_doc_file_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "movement_milestone" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"note" text,
	CONSTRAINT "movement_milestone_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "movement_participant" (
	"tenant_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "movement_participant_tenant_id_movement_id_unit_id_pk" PRIMARY KEY("tenant_id","movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "pledge" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text,
	"signed_on" date NOT NULL,
	"doc_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledge_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "pledge_signatory" (
	"tenant_id" uuid NOT NULL,
	"pledge_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text,
	CONSTRAINT "pledge_signatory_tenant_id_pledge_id_unit_id_pk" PRIMARY KEY("tenant_id","pledge_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"movement_id" uuid,
	"year" integer NOT NULL,
	"subject_type" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid,
	"target_awards" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "score" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"member_unit_id" uuid NOT NULL,
	"assessor_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"updated_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "score_change" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"score_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"old_value" double precision NOT NULL,
	"new_value" double precision NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_change_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "scoring_criterion" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"group_name" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"max_points" double precision NOT NULL,
	CONSTRAINT "scoring_criterion_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "scoring_template" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "scoring_template_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "award_movement_mv_idx" ON "award_movement" USING btree ("tenant_id","movement_id");--> statement-breakpoint
CREATE INDEX "cluster_year_idx" ON "cluster" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "cluster_leadership_idx" ON "cluster_leadership" USING btree ("tenant_id","cluster_id","term_year");--> statement-breakpoint
CREATE INDEX "cluster_member_unit_idx" ON "cluster_member" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "movement_year_idx" ON "movement" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "movement_milestone_mv_idx" ON "movement_milestone" USING btree ("tenant_id","movement_id");--> statement-breakpoint
CREATE INDEX "pledge_cluster_idx" ON "pledge" USING btree ("tenant_id","cluster_id");--> statement-breakpoint
CREATE INDEX "registration_year_idx" ON "registration" USING btree ("tenant_id","year","unit_id");--> statement-breakpoint
CREATE INDEX "registration_mv_idx" ON "registration" USING btree ("tenant_id","movement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_cell_uq" ON "score" USING btree ("tenant_id","criterion_id","member_unit_id","assessor_unit_id");--> statement-breakpoint
CREATE INDEX "score_cluster_idx" ON "score" USING btree ("tenant_id","cluster_id","member_unit_id");--> statement-breakpoint
CREATE INDEX "score_change_cluster_idx" ON "score_change" USING btree ("tenant_id","cluster_id");--> statement-breakpoint
CREATE INDEX "scoring_criterion_tpl_idx" ON "scoring_criterion" USING btree ("tenant_id","template_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_template_cluster_uq" ON "scoring_template" USING btree ("tenant_id","cluster_id","year");