import { NextResponse, type NextRequest } from 'next/server';
import { resolveRoute } from '@/lib/site/routes';
import { parseListPath, parseTagParams } from '@/lib/site/urls';

const MISSING = '/__missing';

function badRequest(): NextResponse {
  return new NextResponse('请求地址无效（百分号编码有误）。', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * In front of every page: broken percent-encoding is a 400; missing posts, lists and pages
 * go to the framework's 404 page; old Jekyll URLs redirect; lists with `?tag=` filters are
 * served by the dynamic /filtered route, so the plain lists stay statically cached.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return badRequest();
  }
  const tags = parseTagParams(searchParams.getAll('tag'));
  const decision = await resolveRoute(pathname, tags);
  if (decision.action === 'redirect') return NextResponse.redirect(new URL(decision.to, request.url), 308);
  if (decision.action === 'missing') return NextResponse.rewrite(new URL(MISSING, request.url));
  const list = tags.length > 0 ? parseListPath(pathname) : undefined;
  if (!list) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = '/filtered';
  target.search = new URLSearchParams([
    ['view', list.kind],
    ['key', list.key],
    ['page', String(list.page)],
    ...tags.map((tag): [string, string] => ['tag', tag]),
  ]).toString();
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml$|filtered$).*)'],
};
