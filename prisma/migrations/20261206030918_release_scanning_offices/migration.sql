-- AlterTable
ALTER TABLE "PublicRelease" ADD COLUMN     "scanningOffices" INTEGER;

