-- Circulars are addressed by their number: "440/1395/SET.COVID-19" → /circulars/440-1395-SET.COVID-19.
-- The rule is lib/rules/circular-slug.ts (every run of other characters becomes one "-").
ALTER TABLE "Circular" ADD COLUMN "slug" TEXT;
UPDATE "Circular" SET "slug" = btrim(regexp_replace("number", '[^A-Za-z0-9.]+', '-', 'g'), '-');
ALTER TABLE "Circular" ALTER COLUMN "slug" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Circular_slug_key" ON "Circular"("slug");
