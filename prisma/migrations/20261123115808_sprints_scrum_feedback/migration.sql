-- CreateEnum
CREATE TYPE "sprint_state" AS ENUM ('planned', 'active', 'completed');

-- CreateEnum
CREATE TYPE "feedback_status" AS ENUM ('new', 'accepted', 'duplicate', 'declined');

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "time_zone" VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "boards" ADD COLUMN     "default_points_per_day" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "columns" ADD COLUMN     "stale_days" INTEGER DEFAULT 3,
ADD COLUMN     "wip_hard" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "cards" ADD COLUMN     "assignee_id" UUID,
ADD COLUMN     "blocked_at" TIMESTAMPTZ(3),
ADD COLUMN     "blocked_reason" VARCHAR(300),
ADD COLUMN     "column_entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "shareable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "source_feedback_id" UUID,
ADD COLUMN     "sprint_id" UUID,
ADD COLUMN     "team_id" UUID,
ALTER COLUMN "board_id" DROP NOT NULL,
ALTER COLUMN "column_id" DROP NOT NULL;

-- Hand-written: existing cards belong to their board's team and entered their column when last
-- changed (the best we know); then team_id can be required.
UPDATE "cards" SET "team_id" = "boards"."team_id", "column_entered_at" = "cards"."updated_at"
FROM "boards" WHERE "boards"."id" = "cards"."board_id";
ALTER TABLE "cards" ALTER COLUMN "team_id" SET NOT NULL;
-- Hand-written: a card in a column is on that column's board.
ALTER TABLE "cards" ADD CONSTRAINT "cards_column_needs_board" CHECK ("column_id" IS NULL OR "board_id" IS NOT NULL);

-- CreateTable
CREATE TABLE "sprints" (
    "id" UUID NOT NULL,
    "board_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "goal" VARCHAR(500) NOT NULL DEFAULT '',
    "start_date" DATE NOT NULL,
    "length_days" INTEGER NOT NULL,
    "end_date" DATE NOT NULL,
    "holidays" DATE[] DEFAULT ARRAY[]::DATE[],
    "state" "sprint_state" NOT NULL DEFAULT 'planned',
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "record" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sprints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sprint_availability" (
    "sprint_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "available_days" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sprint_availability_pkey" PRIMARY KEY ("sprint_id","user_id")
);

-- CreateTable
CREATE TABLE "scrums" (
    "id" UUID NOT NULL,
    "board_id" UUID NOT NULL,
    "sprint_id" UUID,
    "started_by_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "order_mode" VARCHAR(10) NOT NULL DEFAULT 'fixed',
    "speaker_order" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "speaker_index" INTEGER NOT NULL DEFAULT -1,
    "speakers" JSONB NOT NULL DEFAULT '[]',
    "summary" JSONB,

    CONSTRAINT "scrums_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_links" (
    "id" UUID NOT NULL,
    "sprint_id" UUID NOT NULL,
    "label" VARCHAR(80) NOT NULL,
    "message" VARCHAR(500) NOT NULL DEFAULT '',
    "token_hash" VARCHAR(64) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "feedback_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "sprint_id" UUID NOT NULL,
    "link_id" UUID,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "receipt_hash" VARCHAR(64) NOT NULL,
    "rating" INTEGER NOT NULL,
    "worked" VARCHAR(2000) NOT NULL DEFAULT '',
    "change" VARCHAR(2000) NOT NULL DEFAULT '',
    "item_ratings" JSONB NOT NULL DEFAULT '[]',
    "name" VARCHAR(80),
    "email" VARCHAR(254),
    "status" "feedback_status" NOT NULL DEFAULT 'new',
    "duplicate_of_id" UUID,
    "triage_note" VARCHAR(500) NOT NULL DEFAULT '',
    "triaged_by_id" UUID,
    "triaged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sprints_board_id_start_date_idx" ON "sprints"("board_id", "start_date");

-- Hand-written: at most one active sprint and one running scrum per board, whatever races.
CREATE UNIQUE INDEX "sprints_one_active_per_board" ON "sprints"("board_id") WHERE "state" = 'active';
CREATE UNIQUE INDEX "scrums_one_running_per_board" ON "scrums"("board_id") WHERE "ended_at" IS NULL;

-- CreateIndex
CREATE INDEX "scrums_board_id_started_at_idx" ON "scrums"("board_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_links_token_hash_key" ON "feedback_links"("token_hash");

-- CreateIndex
CREATE INDEX "feedback_links_sprint_id_idx" ON "feedback_links"("sprint_id");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_receipt_hash_key" ON "feedback"("receipt_hash");

-- CreateIndex
CREATE INDEX "feedback_team_id_created_at_idx" ON "feedback"("team_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_sprint_id_idempotency_key_key" ON "feedback"("sprint_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "cards_team_id_sprint_id_idx" ON "cards"("team_id", "sprint_id");

-- CreateIndex
CREATE INDEX "cards_sprint_id_idx" ON "cards"("sprint_id");

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_source_feedback_id_fkey" FOREIGN KEY ("source_feedback_id") REFERENCES "feedback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sprints" ADD CONSTRAINT "sprints_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sprint_availability" ADD CONSTRAINT "sprint_availability_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sprint_availability" ADD CONSTRAINT "sprint_availability_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scrums" ADD CONSTRAINT "scrums_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scrums" ADD CONSTRAINT "scrums_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scrums" ADD CONSTRAINT "scrums_started_by_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_links" ADD CONSTRAINT "feedback_links_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_links" ADD CONSTRAINT "feedback_links_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_sprint_id_fkey" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "feedback_links"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "feedback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_triaged_by_id_fkey" FOREIGN KEY ("triaged_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
