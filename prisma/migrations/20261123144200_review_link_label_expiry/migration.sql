-- No code wrote review links before this migration; should a row exist anyway, it ends now.
UPDATE "review_links" SET "expires_at" = "created_at" WHERE "expires_at" IS NULL;

-- AlterTable
ALTER TABLE "review_links" ADD COLUMN     "label" VARCHAR(80) NOT NULL DEFAULT '',
ALTER COLUMN "expires_at" SET NOT NULL;
