CREATE TABLE "award_verification" (
	"tenant_id" uuid NOT NULL,
	"award_id" uuid NOT NULL,
	"code" text NOT NULL,
	"registry_number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_verification_tenant_id_award_id_pk" PRIMARY KEY("tenant_id","award_id")
);
--> statement-breakpoint
CREATE TABLE "certificate_counter" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"place_name" text,
	"parent_body" text,
	"signer_title" text,
	"blank_stock_offset_x_mm" double precision DEFAULT 0 NOT NULL,
	"blank_stock_offset_y_mm" double precision DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "award_verification_code_uq" ON "award_verification" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "award_verification_registry_uq" ON "award_verification" USING btree ("tenant_id","registry_number");