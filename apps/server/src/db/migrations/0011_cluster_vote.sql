CREATE TABLE "cluster_vote" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"candidate_count" integer,
	"winner_unit_id" uuid,
	"result_text" text,
	"tie_broken" boolean,
	"proposal_id" uuid,
	"opened_by" uuid NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cluster_vote_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "cluster_vote_candidate" (
	"tenant_id" uuid NOT NULL,
	"vote_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cluster_vote_candidate_tenant_id_vote_id_unit_id_pk" PRIMARY KEY("tenant_id","vote_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "cluster_vote_participation" (
	"tenant_id" uuid NOT NULL,
	"vote_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "cluster_vote_participation_tenant_id_vote_id_unit_id_pk" PRIMARY KEY("tenant_id","vote_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "cluster" ADD COLUMN "leading_unit_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_vote_year_uq" ON "cluster_vote" USING btree ("tenant_id","cluster_id","year");--> statement-breakpoint
CREATE INDEX "cluster_vote_winner_idx" ON "cluster_vote" USING btree ("tenant_id","winner_unit_id");