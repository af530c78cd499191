import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/posts';
import { SHARE_FONT_DIR, SHARE_FONT_FILES, toCodePoints, toDrawableText, toWrappable, truncateTitle } from '@/lib/publish/share-image';
import { parseRouteParam } from '@/lib/site/urls';

type Props = { params: Promise<{ slug: string }> };
type ShareFonts = { fonts: { name: string; data: Buffer; weight: 400; style: 'normal' }[]; covered: Set<number> };

export const alt = '文章标题、分类与日期';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

const FONT = 'Noto Sans SC';
// Three lines of 60px text across the 1040px between the margins.
const TITLE_WIDTH = 48;
// One line of the title: 1,040 px of room at 60 px per em, less a margin for the width estimate.
const LINE_WIDTH = 16;

let loading: Promise<ShareFonts> | undefined;

async function readFonts(): Promise<ShareFonts> {
  const files = await Promise.all(
    SHARE_FONT_FILES.map((file) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), ...SHARE_FONT_DIR, file))),
  );
  const covered = new Set<number>();
  files.forEach((data, i) => {
    const codes = toCodePoints(data);
    if (!codes) throw new Error(`${SHARE_FONT_FILES[i]}: not a WOFF font with a character map`);
    for (const code of codes) covered.add(code);
  });
  // next/og draws with one font per name and falls back to the other names; the same array each time is parsed once.
  return { fonts: files.map((data, i) => ({ name: i === 0 ? FONT : `${FONT} ${i}`, data, weight: 400, style: 'normal' })), covered };
}

function loadFonts(): Promise<ShareFonts> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export default async function Image({ params }: Props) {
  const article = await getArticle(parseRouteParam((await params).slug));
  if (!article) notFound();
  const { fonts, covered } = await loadFonts();
  const title = truncateTitle(toWrappable(toDrawableText(article.title, covered), LINE_WIDTH), TITLE_WIDTH);
  const byline = [article.category?.name, article.dateText].map((text) => toDrawableText(text ?? '', covered)).filter(Boolean);

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '72px 80px', background: '#fafaf9', borderTop: '16px solid #b91c1c', fontFamily: FONT, color: '#1c1917' }}>
        <div style={{ display: 'flex', fontSize: 34, color: '#b91c1c' }}>{toDrawableText(article.site.title, covered)}</div>
        <div style={{ display: 'block', fontSize: 60, lineHeight: 1.3, lineClamp: 3 }}>{title}</div>
        <div style={{ display: 'flex', gap: 24, fontSize: 30, color: '#57534e' }}>
          {byline.map((text, i) => (
            <span key={i}>{text}</span>
          ))}
        </div>
      </div>
    ),
    { ...size, fonts },
  );
}
