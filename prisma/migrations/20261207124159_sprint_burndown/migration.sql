-- AlterTable
ALTER TABLE "sprints" ADD COLUMN     "burndown" JSONB;
