export type DirectHandler = (request: Request) => Promise<Response>;
export function offerDirectRoute(method: string, pathname: string, handler: DirectHandler): void;
export function directRoute(method: string | undefined, pathname: string): DirectHandler | undefined;
