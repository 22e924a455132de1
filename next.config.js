/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Scripts and tests import lib/ through tsx; the app itself needs nothing special:
  // Next keeps @prisma/client, pg and prisma external by default.
};

export default nextConfig;
