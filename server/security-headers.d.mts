export const SECURITY_HEADERS: { key: string; value: string }[];
export function toRefusal(method: string, url: string): { status: 400 | 405; text: string } | undefined;
export function setSecurityHeaders(res: import('node:http').ServerResponse): void;
