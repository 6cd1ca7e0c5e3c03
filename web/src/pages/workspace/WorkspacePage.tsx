/** PLACEHOLDER — to be built (issue 5). */
export default function WorkspacePage(_props: Record<string, unknown>) {
  return <p className="muted">此页面正在建设中。</p>;
}
