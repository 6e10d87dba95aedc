CREATE TABLE "report_target" (
	"tenant_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"target_pct" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_target_tenant_id_indicator_pk" PRIMARY KEY("tenant_id","indicator")
);
