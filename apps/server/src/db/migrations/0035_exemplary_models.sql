CREATE TABLE "exemplary_model" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid,
	"subject_name" text,
	"title" text NOT NULL,
	"story" text NOT NULL,
	"movement_id" uuid,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"return_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplary_model_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "exemplary_model_subject" CHECK (("exemplary_model"."kind" = 'PRACTICE') = ("exemplary_model"."subject_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "exemplary_model_adoption" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"note" text NOT NULL,
	"adopted_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplary_model_adoption_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "exemplary_model_award" (
	"tenant_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	CONSTRAINT "exemplary_model_award_tenant_id_model_id_award_id_pk" PRIMARY KEY("tenant_id","model_id","award_id")
);
--> statement-breakpoint
CREATE TABLE "exemplary_model_photo" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"caption" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplary_model_photo_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "model_conference" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_conference_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "model_conference_honouree" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"model_id" uuid,
	"award_id" uuid,
	"name" text NOT NULL,
	"unit_name" text NOT NULL,
	"citation" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "model_conference_honouree_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "model_conference_honouree_source" CHECK (("model_conference_honouree"."model_id" IS NULL) <> ("model_conference_honouree"."award_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "exemplary_model_status_idx" ON "exemplary_model" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "exemplary_model_unit_idx" ON "exemplary_model" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exemplary_model_adoption_unit_uq" ON "exemplary_model_adoption" USING btree ("tenant_id","model_id","unit_id");--> statement-breakpoint
CREATE INDEX "exemplary_model_photo_model_idx" ON "exemplary_model_photo" USING btree ("tenant_id","model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_conference_honouree_model_uq" ON "model_conference_honouree" USING btree ("tenant_id","conference_id","model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_conference_honouree_award_uq" ON "model_conference_honouree" USING btree ("tenant_id","conference_id","award_id");