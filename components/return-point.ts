/** What the list a reader came from looked like; kept per tab in sessionStorage. */
export type ReturnPoint = { article: string; list: string; y: number; restore: boolean };

const KEY = 'finews:return';

export function readReturnPoint(): ReturnPoint | undefined {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null');
    if (!value || typeof value !== 'object') return undefined;
    const { article, list, y, restore } = value as Record<string, unknown>;
    if (typeof article !== 'string' || typeof list !== 'string' || typeof y !== 'number') return undefined;
    return { article, list, y, restore: restore === true };
  } catch {
    return undefined;
  }
}

export function saveReturnPoint(point: ReturnPoint): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(point));
  } catch {
    // Private modes may refuse storage; 返回 then falls back to the category link.
  }
}
