CREATE TABLE "fund_entry" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"entry_date" date NOT NULL,
	"kind" text NOT NULL,
	"flow" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"source" text,
	"award_id" uuid,
	"award_code" text,
	"decision_id" uuid,
	"payee" text,
	"award_seq" integer,
	"reverses_entry_id" uuid,
	"voucher_no" text,
	"description" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "fund_entry_amount_sign" CHECK (("fund_entry"."flow" = 'IN') = ("fund_entry"."amount_vnd" > 0) OR "fund_entry"."kind" = 'REVERSAL')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "fund_entry_award_seq_uq" ON "fund_entry" USING btree ("tenant_id","award_id","kind","award_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_entry_reverses_uq" ON "fund_entry" USING btree ("tenant_id","reverses_entry_id");--> statement-breakpoint
CREATE INDEX "fund_entry_year_idx" ON "fund_entry" USING btree ("tenant_id","year");
--> statement-breakpoint
-- Hand-written: the fund's ledger is append-only; a correction is a REVERSAL row (docs/fund.md).
CREATE OR REPLACE FUNCTION fund_entry_guard() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'fund_entry is append-only: correct with a reversing entry';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER fund_entry_no_update BEFORE UPDATE OR DELETE ON fund_entry
  FOR EACH ROW EXECUTE FUNCTION fund_entry_guard();
