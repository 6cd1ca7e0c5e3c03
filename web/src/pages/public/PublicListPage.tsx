/** PLACEHOLDER — to be built (issue 5). */
export default function PublicListPage(_props: Record<string, unknown>) {
  return <p className="muted">此页面正在建设中。</p>;
}
