// A tile-free schematic of Kota Bekasi's 12 kecamatan (rough north–south, west–east
// placement, not to scale), each tile coloured by a metric. No map server needed.
const TILES: Record<string, [number, number]> = {
  "32.75.06": [1, 0], // Medansatria
  "32.75.03": [2, 0], // Bekasi Utara
  "32.75.02": [0, 1], // Bekasi Barat
  "32.75.04": [1, 1], // Bekasi Selatan
  "32.75.01": [2, 1], // Bekasi Timur
  "32.75.11": [3, 1], // Mustikajaya
  "32.75.12": [0, 2], // Pondokmelati
  "32.75.08": [1, 2], // Pondokgede
  "32.75.05": [2, 2], // Rawalumbu
  "32.75.07": [3, 2], // Bantargebang
  "32.75.10": [1, 3], // Jatisampurna
  "32.75.09": [2, 3], // Jatiasih
};
const SIZE = 110;

/**
 * Kecamatan tiles shaded from light (low) to dark green (high); values and names are in the
 * tiles and their titles. A tile with an `href` is a link (keyboard-reachable, named by its
 * kecamatan and value): the map is then a group of links rather than one image.
 */
export function KecamatanMap({
  areas,
  label,
}: {
  areas: { code: string; name: string; value: number | null; display: string; href?: string }[];
  label: string;
}) {
  const max = Math.max(1, ...areas.map((a) => a.value ?? 0));
  const linked = areas.some((a) => a.href);
  return (
    <svg
      viewBox={`0 0 ${SIZE * 4} ${SIZE * 4}`}
      className="h-auto w-full max-w-md"
      role={linked ? "group" : "img"}
      aria-label={label}
    >
      {areas.map((a) => {
        const tile = TILES[a.code];
        if (!tile) return null;
        const [x, y] = tile;
        const shade = a.value === null ? 0 : a.value / max;
        const fill = a.value === null ? "#e5e7eb" : `rgba(15, 95, 57, ${0.12 + 0.8 * shade})`;
        const tileContent = (
          <g transform={`translate(${x * SIZE + 4}, ${y * SIZE + 4})`}>
            <title>{`${a.name}: ${a.display}`}</title>
            <rect width={SIZE - 8} height={SIZE - 8} rx={8} fill={fill} stroke="#0f5f39" strokeWidth={1} />
            <text x={(SIZE - 8) / 2} y={40} textAnchor="middle" fontSize={12} fill={shade > 0.55 ? "#fff" : "#111827"}>
              {a.name}
            </text>
            <text
              x={(SIZE - 8) / 2}
              y={64}
              textAnchor="middle"
              fontSize={15}
              fontWeight={600}
              fill={shade > 0.55 ? "#fff" : "#111827"}
            >
              {a.display}
            </text>
          </g>
        );
        return a.href ? (
          <a key={a.code} href={a.href} aria-label={`${a.name}: ${a.display}`} className="cursor-pointer">
            {tileContent}
          </a>
        ) : (
          <g key={a.code}>{tileContent}</g>
        );
      })}
    </svg>
  );
}
