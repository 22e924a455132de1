export function routeFiles(dir?: string): string[];
export function routeOfFile(file: string): string;
export function appRoutes(dir?: string): string[];
export function routeLabeler(routes: string[], publicFiles?: string[]): (pathname: string) => string;
