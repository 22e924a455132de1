-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('MISSING_REPORTS', 'STOPPED_SCANNING');

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "offices" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_agencyId_day_kind_key" ON "Reminder"("agencyId", "day", "kind");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

