type Props = { data: Record<string, unknown> };

/** JSON-LD is data, not markup; "<" is escaped so a title can never close the script. */
export function ArticleJsonLd({ data }: Props) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
