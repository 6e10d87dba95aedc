CREATE TABLE "signed_document" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"method" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_certificate_sha256" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by" uuid NOT NULL,
	CONSTRAINT "signed_document_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "document_settings" ADD COLUMN "signing_certificate_file" text;--> statement-breakpoint
CREATE UNIQUE INDEX "signed_document_decision_kind_uq" ON "signed_document" USING btree ("tenant_id","decision_id","kind");--> statement-breakpoint
CREATE INDEX "signed_document_sha256_idx" ON "signed_document" USING btree ("tenant_id","sha256");