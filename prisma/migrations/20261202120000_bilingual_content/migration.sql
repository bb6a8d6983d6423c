-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "mottoEn" TEXT,
ADD COLUMN     "photoNoticeEn" TEXT,
ADD COLUMN     "themesEn" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "venueDirectionsEn" TEXT;

-- AlterTable
ALTER TABLE "Host" ADD COLUMN     "roleEn" TEXT;

-- AlterTable
ALTER TABLE "EventSession" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "roleEn" TEXT;

