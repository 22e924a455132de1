"use client";
import { useTable, type ColumnDef, type RowData, type SortingState } from "@tanstack/react-table";
import { cn } from "@/lib/cn";
import type { Page, SortState } from "@/lib/validations/list-params";
import { DataTableColumnHeader } from "./data-table-column-header";
import { DataTablePagination } from "./data-table-pagination";
import type { Filter } from "@/components/forms/filter-select";
import { DataTableToolbar } from "./data-table-toolbar";
import { dataTableFeatures, type DataTableFeatures } from "./features";
import type { TableLabels } from "./labels";
import { useTableUrl } from "./use-table-url";

export type DataTableProps<TData extends RowData> = {
  caption: string;
  // Columns of one table hold different value types; tanstack types such a list with any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<DataTableFeatures, TData, any>[];
  /** The page of rows the server found, with the total that matches the filters. */
  page: Page<TData>;
  sort: SortState;
  labels: TableLabels;
  emptyMessage: string;
  search?: { label: string; placeholder: string; value: string };
  filters?: Filter[];
  exportHref?: string;
  getRowId?: (row: TData) => string;
  /**
   * Column ids a phone leaves out (shown from 768 px): the columns that say what a row is
   * and what is wrong with it stay; the rest is one tap away on the row's own page, and in the CSV.
   */
  secondaryColumns?: readonly string[];
};

/**
 * The shared table: the server sorts and pages (state in the URL), this renders the
 * page, its headers, the toolbar and pagination, with loading and empty states.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { update, pending } = useTableUrl();
  const sorting: SortingState = [{ id: props.sort.id, desc: props.sort.desc }];
  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: props.page.rows,
    getRowId: props.getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: props.page.total,
    sortDescFirst: false,
    enableMultiSort: false,
    state: { sorting, pagination: { pageIndex: props.page.page - 1, pageSize: props.page.perPage } },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      update({ sort: first ? `${first.id}.${first.desc ? "desc" : "asc"}` : null, page: null });
    },
  });
  const columnCount = props.columns.length;
  const secondary = (columnId: string) =>
    props.secondaryColumns?.includes(columnId) ? "hidden md:table-cell" : undefined;

  return (
    <div>
      <DataTableToolbar
        search={props.search}
        filters={props.filters}
        exportHref={props.exportHref}
        exportLabels={props.labels}
        onSearch={(q) => update({ q, page: null })}
        onFilter={(name, value) => update({ [name]: value, page: null })}
      />
      <div className="relative overflow-x-auto rounded-md border border-gray-200" aria-busy={pending}>
        <table className={cn("w-full border-collapse text-left text-sm", pending && "opacity-60")}>
          <caption className="sr-only">{props.caption}</caption>
          <thead className="bg-gray-50 text-gray-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={cn("whitespace-nowrap px-3 py-2", secondary(header.column.id))}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : (
                        <DataTableColumnHeader
                          header={header}
                          title={String(header.column.columnDef.header ?? header.id)}
                          sortLabel={props.labels.sortBy}
                        />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="px-3 py-8 text-center text-gray-600">
                  {props.emptyMessage}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="border-t border-gray-100 hover:bg-gray-50">
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={cn("px-3 py-2 align-top", secondary(cell.column.id))}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
        {pending && (
          <p role="status" className="absolute inset-x-0 top-10 text-center text-sm font-medium text-gray-700">
            {props.labels.loading}
          </p>
        )}
      </div>
      <DataTablePagination
        page={props.page.page}
        perPage={props.page.perPage}
        total={props.page.total}
        labels={props.labels}
        onChange={update}
      />
    </div>
  );
}
