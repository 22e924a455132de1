import { rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

// Declared once at module scope (a new object per render would reset the table).
// Sorting and paging are done by the server (manual mode), so no row models are registered.
export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataTableFeatures = typeof dataTableFeatures;
