CREATE TABLE "discipline" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"form" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"decision_number" text,
	CONSTRAINT "discipline_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "eligibility_verdict" (
	"tenant_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"award_code" text NOT NULL,
	"subject_type" text NOT NULL,
	"rule_set" text NOT NULL,
	"is_eligible" boolean NOT NULL,
	"is_held" boolean NOT NULL,
	"amount_vnd" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eligibility_verdict_tenant_id_year_subject_id_award_code_pk" PRIMARY KEY("tenant_id","year","subject_id","award_code")
);
--> statement-breakpoint
CREATE TABLE "hold" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"note" text,
	CONSTRAINT "hold_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "discipline_subject_idx" ON "discipline" USING btree ("tenant_id","subject_id");--> statement-breakpoint
CREATE INDEX "eligibility_verdict_award_idx" ON "eligibility_verdict" USING btree ("tenant_id","year","award_code","is_eligible");--> statement-breakpoint
CREATE INDEX "hold_subject_idx" ON "hold" USING btree ("tenant_id","subject_id");