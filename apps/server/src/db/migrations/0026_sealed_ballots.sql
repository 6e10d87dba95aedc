CREATE TABLE "ballot_box_key" (
	"tenant_id" uuid NOT NULL,
	"box_id" uuid NOT NULL,
	"salt" text NOT NULL,
	CONSTRAINT "ballot_box_key_tenant_id_box_id_pk" PRIMARY KEY("tenant_id","box_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_choice" (
	"tenant_id" uuid NOT NULL,
	"box_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"choice" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballot_seal" (
	"tenant_id" uuid NOT NULL,
	"box_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ballot_choice_box_idx" ON "ballot_choice" USING btree ("tenant_id","box_id");--> statement-breakpoint
CREATE INDEX "ballot_seal_box_idx" ON "ballot_seal" USING btree ("tenant_id","box_id");