-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('SCANNER', 'CHECKPOINT');

-- DropForeignKey
ALTER TABLE "CheckpointDevice" DROP CONSTRAINT "CheckpointDevice_officeId_fkey";

-- DropForeignKey
ALTER TABLE "CheckpointDevice" DROP CONSTRAINT "CheckpointDevice_createdById_fkey";

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "kind" "ApiKeyKind" NOT NULL DEFAULT 'SCANNER';

-- DropTable
DROP TABLE "CheckpointDevice";

