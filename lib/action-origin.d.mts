export function foreignActionPost(request: {
  method: string | undefined;
  pathname: string;
  headers: Record<string, string | string[] | undefined>;
}): boolean;
export const FORWARDED_HOST_HEADERS: string[];
