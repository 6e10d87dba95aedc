-- Packages sent to and received from another level (issue 17 item 2, docs/interop.md). The unique
-- (tenant, direction, package id, version) makes a received package's import idempotent.
CREATE TABLE "exchange_package" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"direction" text NOT NULL,
	"package_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"peer_tenant_code" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"status" text NOT NULL,
	"transport" text,
	"envelope" text,
	"manifest_text" text,
	"signature" text,
	"signer_certificate_sha256" text,
	"proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_package_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_package_version_uq" ON "exchange_package" USING btree ("tenant_id","direction","package_id","version");--> statement-breakpoint
CREATE INDEX "exchange_package_list_idx" ON "exchange_package" USING btree ("tenant_id","direction","created_at");