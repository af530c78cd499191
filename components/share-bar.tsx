import type { QrCode } from '@/lib/publish/qr';
import { ShareButton } from './share-button';

type Props = { url: string; title: string; qr: QrCode };

/** Sharing row of an article: 分享 (client island) and a 微信 QR code that needs no JavaScript. */
export function ShareBar({ url, title, qr }: Props) {
  return (
    <div className="mt-8 flex flex-wrap items-start gap-3">
      <ShareButton url={url} title={title} />
      <details className="group">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
          微信
        </summary>
        <figure className="mt-2 w-44 rounded border border-stone-200 bg-white p-2 text-center text-stone-900 dark:border-stone-700">
          <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="本文链接的二维码" className="h-40 w-40" shapeRendering="crispEdges">
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption className="mt-1 text-xs">微信扫一扫，分享给朋友</figcaption>
        </figure>
      </details>
    </div>
  );
}
