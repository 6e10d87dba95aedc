CREATE TABLE "audit_event" (
	"tenant_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_event_tenant_id_seq_pk" PRIMARY KEY("tenant_id","seq")
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"unit_id" uuid NOT NULL,
	"scope_unit_id" uuid NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"tenant_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_tenant_id_token_hash_pk" PRIMARY KEY("tenant_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "org_unit" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_unit_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "org_unit_code_uq" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "org_unit_lineage" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"old_name" text,
	"new_name" text,
	"decision_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_unit_lineage_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "collective" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collective_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "household" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"head_name" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"name_search" text NOT NULL,
	"name_sort" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date,
	"ethnicity" text,
	"citizen_id" text,
	"position" text,
	"is_leader" boolean DEFAULT false NOT NULL,
	"is_direct_worker" boolean DEFAULT false NOT NULL,
	"subject_group" text DEFAULT 'CBCCVC' NOT NULL,
	"recruited_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "person_employment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position" text,
	"from_date" date NOT NULL,
	"to_date" date,
	CONSTRAINT "person_employment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "annual_rating" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"source_doc" text,
	CONSTRAINT "annual_rating_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "award" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"kind" text DEFAULT 'CONG_TRANG' NOT NULL,
	"year" integer NOT NULL,
	"decision_id" uuid,
	"decision_number" text,
	"decision_date" date,
	"amount_vnd" integer,
	"is_revoked" boolean DEFAULT false NOT NULL,
	"revoked_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"issuer" text NOT NULL,
	"signer" text,
	CONSTRAINT "decision_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text DEFAULT 'SANG_KIEN' NOT NULL,
	"scope" text NOT NULL,
	"year" integer NOT NULL,
	"is_applied" boolean DEFAULT true NOT NULL,
	CONSTRAINT "initiative_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenant" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_scope_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","scope_unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_tenant_id_user_id_app_user_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_tenant_id_tenant_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_tenant_id_parent_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_lineage" ADD CONSTRAINT "org_unit_lineage_tenant_id_predecessor_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","predecessor_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_lineage" ADD CONSTRAINT "org_unit_lineage_tenant_id_successor_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","successor_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective" ADD CONSTRAINT "collective_tenant_id_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_tenant_id_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_tenant_id_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_employment" ADD CONSTRAINT "person_employment_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_employment" ADD CONSTRAINT "person_employment_tenant_id_unit_id_org_unit_tenant_id_id_fk" FOREIGN KEY ("tenant_id","unit_id") REFERENCES "public"."org_unit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_uq" ON "app_user" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "session_token_uq" ON "session" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "org_unit_path_idx" ON "org_unit" USING btree ("tenant_id","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "org_unit_lineage_succ_idx" ON "org_unit_lineage" USING btree ("tenant_id","successor_id");--> statement-breakpoint
CREATE INDEX "org_unit_lineage_pred_idx" ON "org_unit_lineage" USING btree ("tenant_id","predecessor_id");--> statement-breakpoint
CREATE INDEX "person_unit_idx" ON "person" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "person_sort_idx" ON "person" USING btree ("tenant_id","name_sort");--> statement-breakpoint
CREATE INDEX "person_citizen_idx" ON "person" USING btree ("tenant_id","citizen_id");--> statement-breakpoint
CREATE INDEX "person_employment_person_idx" ON "person_employment" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "annual_rating_subject_idx" ON "annual_rating" USING btree ("tenant_id","subject_id","year");--> statement-breakpoint
CREATE INDEX "award_subject_idx" ON "award" USING btree ("tenant_id","subject_id","year");--> statement-breakpoint
CREATE INDEX "initiative_subject_idx" ON "initiative" USING btree ("tenant_id","subject_id");