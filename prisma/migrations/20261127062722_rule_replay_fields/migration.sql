-- AlterTable
ALTER TABLE "RuleVersion" ADD COLUMN     "changeNote" TEXT;

-- AlterTable
ALTER TABLE "VisitEvent" ADD COLUMN     "doses" INTEGER,
ADD COLUMN     "exemption" "ExemptionClass",
ADD COLUMN     "plStatus" "PlStatus";

