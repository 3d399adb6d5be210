-- AlterTable
ALTER TABLE "boards" ADD COLUMN     "event_seq" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "board_events" (
    "board_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "board_events_pkey" PRIMARY KEY ("board_id","seq")
);
