type Props = { url: string; host: string };

export function SourceLink({ url, host }: Props) {
  return (
    <aside aria-label="原文链接" className="mt-8 rounded border-l-4 border-red-800 bg-stone-50 p-4 dark:border-red-300 dark:bg-stone-900">
      <span className="font-semibold">原文链接：</span>
      <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-red-800 underline dark:text-red-300">
        {host}
        <span aria-hidden="true"> ↗</span>
        <span className="sr-only">（在新标签页打开）</span>
      </a>
      <span className="mt-1 block break-all text-xs text-stone-500 dark:text-stone-400">{url}</span>
    </aside>
  );
}
