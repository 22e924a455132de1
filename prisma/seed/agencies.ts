import type { ServiceCode } from "@/lib/vocabulary";

// The demo's agencies of Kota Bekasi. `offices` says how many offices and where;
// `visitsPerDay` sizes each office's gated traffic.
export type AgencySeed = {
  code: string;
  name: string;
  kind: "GOVERNMENT" | "PRIVATE";
  deadline: string;
  services: ServiceCode[];
  visitsPerDay: number;
  offices:
    | { placement: "each-kecamatan"; namePrefix: string; main?: string }
    | { placement: "each-kelurahan"; namePrefix: string }
    | { placement: "spread"; names: string[] };
};

const GOV_DEADLINE = "2021-10-31";
const PRIVATE_DEADLINE = "2021-11-30";

export const AGENCIES: AgencySeed[] = [
  {
    code: "DISDUKCAPIL",
    name: "Dinas Kependudukan dan Pencatatan Sipil",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["KTP_EL", "ADMINDUK"],
    visitsPerDay: 70,
    offices: {
      placement: "each-kecamatan",
      namePrefix: "Pelayanan Disdukcapil Kecamatan",
      main: "Kantor Disdukcapil Kota Bekasi",
    },
  },
  {
    code: "DPMPTSP",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["PERIZINAN"],
    visitsPerDay: 60,
    offices: {
      placement: "spread",
      names: ["Mal Pelayanan Publik Kota Bekasi", "Gerai Perizinan Bekasi Utara", "Gerai Perizinan Jatiasih"],
    },
  },
  {
    code: "SATPAS-POLRES",
    name: "Satpas SIM Polres Metro Bekasi Kota",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["SIM"],
    visitsPerDay: 90,
    offices: {
      placement: "spread",
      names: [
        "Satpas SIM Polres Metro Bekasi Kota",
        "Gerai SIM Mal Metropolitan",
        "SIM Keliling Alun-alun",
        "Gerai SIM Summarecon",
      ],
    },
  },
  {
    code: "KECAMATAN",
    name: "Kantor Kecamatan se-Kota Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["ADMINDUK", "PERIZINAN", "LAINNYA"],
    visitsPerDay: 35,
    offices: { placement: "each-kecamatan", namePrefix: "Kantor Kecamatan" },
  },
  {
    code: "KELURAHAN",
    name: "Kantor Kelurahan se-Kota Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["ADMINDUK", "LAINNYA"],
    visitsPerDay: 14,
    offices: { placement: "each-kelurahan", namePrefix: "Kantor Kelurahan" },
  },
  {
    code: "DINKES",
    name: "Dinas Kesehatan (Puskesmas)",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["KESEHATAN"],
    visitsPerDay: 45,
    offices: {
      placement: "spread",
      names: [
        "Puskesmas Bekasi Jaya",
        "Puskesmas Karang Kitri",
        "Puskesmas Bintara",
        "Puskesmas Kranji",
        "Puskesmas Harapan Jaya",
        "Puskesmas Perwira",
        "Puskesmas Pengasinan",
        "Puskesmas Bojong Rawalumbu",
        "Puskesmas Pejuang",
        "Puskesmas Kaliabang Tengah",
        "Puskesmas Bantargebang",
        "Puskesmas Jatiwaringin",
        "Puskesmas Jatiasih",
        "Puskesmas Jatisampurna",
        "Puskesmas Mustikajaya",
        "Puskesmas Jatibening",
        "Puskesmas Pondokmelati",
        "Puskesmas Seroja",
        "Puskesmas Marga Mulya",
        "Puskesmas Wisma Jaya",
      ],
    },
  },
  {
    code: "RSUD-CAM",
    name: "RSUD dr. Chasbullah Abdulmadjid",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["KESEHATAN"],
    visitsPerDay: 150,
    offices: { placement: "spread", names: ["RSUD dr. Chasbullah Abdulmadjid"] },
  },
  {
    code: "SAMSAT",
    name: "Samsat Kota Bekasi (Bapenda Jawa Barat)",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["SAMSAT"],
    visitsPerDay: 110,
    offices: {
      placement: "spread",
      names: ["Kantor Bersama Samsat Kota Bekasi", "Samsat Outlet Summarecon", "Samsat Outlet Pondokgede"],
    },
  },
  {
    code: "BPJS-KES",
    name: "BPJS Kesehatan Cabang Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["BPJS"],
    visitsPerDay: 80,
    offices: {
      placement: "spread",
      names: ["BPJS Kesehatan Cabang Bekasi", "BPJS Kesehatan Kantor Layanan Pondokgede"],
    },
  },
  {
    code: "BPJS-TK",
    name: "BPJS Ketenagakerjaan Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["BPJS"],
    visitsPerDay: 60,
    offices: {
      placement: "spread",
      names: ["BPJS Ketenagakerjaan Cabang Bekasi", "BPJS Ketenagakerjaan Kantor Cabang Perintis Bekasi Utara"],
    },
  },
  {
    code: "BPN",
    name: "Kantor Pertanahan Kota Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["PERIZINAN", "LAINNYA"],
    visitsPerDay: 55,
    offices: { placement: "spread", names: ["Kantor Pertanahan Kota Bekasi"] },
  },
  {
    code: "IMIGRASI",
    name: "Kantor Imigrasi Kelas II Non TPI Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 70,
    offices: { placement: "spread", names: ["Kantor Imigrasi Bekasi"] },
  },
  {
    code: "DISNAKER",
    name: "Dinas Ketenagakerjaan",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 30,
    offices: { placement: "spread", names: ["Kantor Disnaker Kota Bekasi"] },
  },
  {
    code: "DISHUB",
    name: "Dinas Perhubungan (Uji KIR)",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["PERIZINAN"],
    visitsPerDay: 40,
    offices: { placement: "spread", names: ["UPTD Pengujian Kendaraan Bermotor"] },
  },
  {
    code: "PA-BEKASI",
    name: "Pengadilan Agama Bekasi",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 50,
    offices: { placement: "spread", names: ["Pengadilan Agama Bekasi"] },
  },
  {
    code: "PDAM-TP",
    name: "Perumda Tirta Patriot",
    kind: "GOVERNMENT",
    deadline: GOV_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 35,
    offices: {
      placement: "spread",
      names: ["Kantor Pusat Tirta Patriot", "Kantor Pelayanan Tirta Patriot Bekasi Timur"],
    },
  },
  {
    code: "BANK-BJB",
    name: "Bank BJB",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["PERBANKAN"],
    visitsPerDay: 45,
    offices: {
      placement: "spread",
      names: [
        "Bank BJB Cabang Bekasi",
        "Bank BJB KCP Pemda Bekasi",
        "Bank BJB KCP Jatiasih",
        "Bank BJB KCP Pondokgede",
      ],
    },
  },
  {
    code: "BANK-BRI",
    name: "Bank Rakyat Indonesia",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["PERBANKAN"],
    visitsPerDay: 60,
    offices: {
      placement: "spread",
      names: [
        "BRI Kantor Cabang Bekasi",
        "BRI Unit Harapan Indah",
        "BRI Unit Bantargebang",
        "BRI Unit Rawalumbu",
        "BRI Unit Jatisampurna",
      ],
    },
  },
  {
    code: "BANK-MANDIRI",
    name: "Bank Mandiri",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["PERBANKAN"],
    visitsPerDay: 50,
    offices: {
      placement: "spread",
      names: ["Mandiri KC Bekasi Juanda", "Mandiri KCP Galaxy", "Mandiri KCP Kalimalang", "Mandiri KCP Jatibening"],
    },
  },
  {
    code: "BANK-BCA",
    name: "Bank Central Asia",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["PERBANKAN"],
    visitsPerDay: 55,
    offices: {
      placement: "spread",
      names: ["BCA KCU Bekasi", "BCA KCP Summarecon Bekasi", "BCA KCP Grand Galaxy", "BCA KCP Jatiwaringin"],
    },
  },
  {
    code: "BANK-BNI",
    name: "Bank Negara Indonesia",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["PERBANKAN"],
    visitsPerDay: 45,
    offices: { placement: "spread", names: ["BNI KC Bekasi", "BNI KCP Pekayon", "BNI KCP Mustikajaya"] },
  },
  {
    code: "RS-MITRA",
    name: "RS Mitra Keluarga Bekasi",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["KESEHATAN"],
    visitsPerDay: 120,
    offices: { placement: "spread", names: ["RS Mitra Keluarga Bekasi Barat", "RS Mitra Keluarga Bekasi Timur"] },
  },
  {
    code: "PEGADAIAN",
    name: "Pegadaian",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 25,
    offices: {
      placement: "spread",
      names: ["Pegadaian Cabang Bekasi", "Pegadaian UPC Pondok Ungu", "Pegadaian UPC Jatimakmur"],
    },
  },
  {
    code: "TELKOM",
    name: "Plasa Telkom",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 30,
    offices: { placement: "spread", names: ["Plasa Telkom Bekasi", "Plasa Telkom Jatiasih"] },
  },
  {
    code: "PLN-UP3",
    name: "PLN UP3 Bekasi",
    kind: "PRIVATE",
    deadline: PRIVATE_DEADLINE,
    services: ["LAINNYA"],
    visitsPerDay: 30,
    offices: { placement: "spread", names: ["PLN ULP Bekasi Kota", "PLN ULP Medansatria"] },
  },
];
