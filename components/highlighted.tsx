import type { Segment } from '@/lib/search/highlight';

type Props = { segments: Segment[] };

/** Text with the matched words marked; plain strings only, never HTML. */
export function Highlighted({ segments }: Props) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
