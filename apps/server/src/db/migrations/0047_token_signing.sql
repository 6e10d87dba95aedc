-- Signing on the signer's own token (issue 17, docs/signing.md): the files prepared with a signature
-- placeholder for the national CA's plug-in, kept until the signed copies come back and are completed.
CREATE TABLE "token_signing" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"prepared_key" text NOT NULL,
	"prepared_sha256" text NOT NULL,
	"signed_key" text,
	"signed_sha256" text,
	"signed_size_bytes" integer,
	"signer_name" text,
	"signer_certificate_sha256" text,
	"secret_sha256" text NOT NULL,
	"prepared_by" uuid NOT NULL,
	"signer_user_id" uuid NOT NULL,
	"signing_time" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "token_signing_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "token_signing_session_kind_uq" ON "token_signing" USING btree ("tenant_id","session_id","kind");