import { NextResponse, type NextRequest } from 'next/server';

/** A path with broken percent-encoding is the reader's mistake: answer 400, not a server error. */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('请求地址无效（百分号编码有误）。', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/posts/:path*', '/tags/:path*', '/category/:path*', '/page/:path*'] };
