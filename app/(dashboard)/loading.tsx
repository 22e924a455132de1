export default function Loading() {
  return (
    <p role="status" className="rounded-lg border border-gray-200 bg-white p-6 text-gray-600">
      Memuat… <span lang="en">Loading…</span>
    </p>
  );
}
