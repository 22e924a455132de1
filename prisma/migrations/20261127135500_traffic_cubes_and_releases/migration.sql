-- CreateTable
CREATE TABLE "DailyServiceTraffic" (
    "day" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DailyServiceTraffic_pkey" PRIMARY KEY ("day","officeId","serviceCode","outcome")
);

-- CreateTable
CREATE TABLE "WeeklyServiceTraffic" (
    "week" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WeeklyServiceTraffic_pkey" PRIMARY KEY ("week","officeId","serviceCode","outcome")
);

-- CreateTable
CREATE TABLE "DailyOfficeTraffic" (
    "day" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "scanned" INTEGER NOT NULL,

    CONSTRAINT "DailyOfficeTraffic_pkey" PRIMARY KEY ("day","officeId")
);

-- CreateTable
CREATE TABLE "MonthlyTraffic" (
    "month" DATE NOT NULL,
    "officeId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "MonthlyTraffic_pkey" PRIMARY KEY ("month","officeId","serviceCode","outcome","ageBand")
);

-- CreateTable
CREATE TABLE "TrafficMonth" (
    "month" VARCHAR(7) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "lastReceivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrafficMonth_pkey" PRIMARY KEY ("month")
);

-- CreateTable
CREATE TABLE "PublicRelease" (
    "month" VARCHAR(7) NOT NULL,
    "version" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tables" JSONB NOT NULL,
    "cube" JSONB NOT NULL,
    "audit" JSONB NOT NULL,
    "visits" INTEGER NOT NULL,

    CONSTRAINT "PublicRelease_pkey" PRIMARY KEY ("month","version")
);

-- CreateIndex
CREATE INDEX "DailyServiceTraffic_officeId_day_idx" ON "DailyServiceTraffic"("officeId", "day");

-- CreateIndex
CREATE INDEX "WeeklyServiceTraffic_officeId_week_idx" ON "WeeklyServiceTraffic"("officeId", "week");

-- CreateIndex
CREATE INDEX "DailyOfficeTraffic_officeId_day_idx" ON "DailyOfficeTraffic"("officeId", "day");

-- CreateIndex
CREATE INDEX "MonthlyTraffic_officeId_month_idx" ON "MonthlyTraffic"("officeId", "month");

-- AddForeignKey
ALTER TABLE "DailyServiceTraffic" ADD CONSTRAINT "DailyServiceTraffic_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyServiceTraffic" ADD CONSTRAINT "WeeklyServiceTraffic_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyOfficeTraffic" ADD CONSTRAINT "DailyOfficeTraffic_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyTraffic" ADD CONSTRAINT "MonthlyTraffic_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

