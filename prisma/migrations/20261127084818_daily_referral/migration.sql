-- CreateTable
CREATE TABLE "DailyReferral" (
    "day" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "vaccinationPostId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DailyReferral_pkey" PRIMARY KEY ("day","officeId","serviceCode","vaccinationPostId")
);

-- CreateIndex
CREATE INDEX "DailyReferral_vaccinationPostId_day_idx" ON "DailyReferral"("vaccinationPostId", "day");

-- AddForeignKey
ALTER TABLE "DailyReferral" ADD CONSTRAINT "DailyReferral_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyReferral" ADD CONSTRAINT "DailyReferral_vaccinationPostId_fkey" FOREIGN KEY ("vaccinationPostId") REFERENCES "VaccinationPost"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

