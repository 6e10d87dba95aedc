CREATE TABLE "incoming_dossier" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"sender_code" text NOT NULL,
	"sender_name" text NOT NULL,
	"package_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"package_row_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"versions" jsonb NOT NULL,
	"approvals" jsonb NOT NULL,
	"returns" jsonb NOT NULL,
	"decision" jsonb,
	"received_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incoming_dossier_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_dossier_package_uq" ON "incoming_dossier" USING btree ("tenant_id","sender_code","package_id");--> statement-breakpoint
CREATE INDEX "incoming_dossier_list_idx" ON "incoming_dossier" USING btree ("tenant_id","received_at");