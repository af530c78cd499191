export function toHugoDate(text: string): string | undefined;
export function toHugoFrontMatter(text: string, path: string): string;
