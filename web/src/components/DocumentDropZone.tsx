/** A drop target for one document, with a file picker beside it for those who do not drag. */
import { type DragEvent, useState } from "react";
import "./document-drop-zone.css";

export const ACCEPTED_DOCUMENTS = ".docx,.xlsx,.pdf,.txt,.doc,.wps,.xls,.et";

export function DocumentDropZone({
  label,
  busy,
  onFile,
}: {
  label: string;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? " over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{busy ? "正在读取文件…" : label}</p>
      <p className="muted small">
        可为 Word（.docx/.doc）、WPS（.wps）、Excel（.xlsx/.xls/.et）、PDF、文本（.txt），≤ 50 MB
      </p>
      <input
        type="file"
        aria-label={label}
        accept={ACCEPTED_DOCUMENTS}
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = "";
        }}
      />
    </div>
  );
}
