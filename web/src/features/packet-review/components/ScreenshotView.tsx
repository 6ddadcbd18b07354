/**
 * @module A screenshot with its OCR lines drawn over it and the cited line boxed. Drawn in SVG
 * (attributes, not inline styles) so the strict style-src CSP holds.
 */
import { useEffect, useState } from 'react';
import { api } from '../../../api/client.js';
import type { Evidence, Source } from '../../../api/types.js';

interface Props {
  readonly packetId: string;
  readonly source: Source;
  readonly lines: readonly Evidence[];
  readonly selected: Evidence;
}

export function ScreenshotView({ packetId, source, lines, selected }: Props) {
  const url = api.screenshotUrl(packetId, source.id);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setSize(null);
    setFailed(false);
    const image = new Image();
    image.addEventListener('load', () => setSize({ w: image.naturalWidth, h: image.naturalHeight }));
    image.addEventListener('error', () => setFailed(true));
    image.src = url;
  }, [url]);

  if (failed) return <p className="muted">The screenshot image is not available.</p>;
  if (!size) return <p className="loading">Loading the screenshot…</p>;
  const box = selected.meta?.box;
  return (
    <figure className="screenshot">
      <svg
        viewBox={`0 0 ${size.w} ${size.h}`}
        role="img"
        aria-label={`Screenshot ${source.name} with OCR line ${selected.id} outlined`}
      >
        <image href={url} x={0} y={0} width={size.w} height={size.h} />
        {lines.map((line) => {
          const b = line.meta?.box;
          if (!b || line.id === selected.id) return null;
          return (
            <rect
              key={line.id}
              className="ocr-line"
              x={b.x0}
              y={b.y0}
              width={b.x1 - b.x0}
              height={b.y1 - b.y0}
            />
          );
        })}
        {box && (
          <rect
            className="ocr-selected"
            data-cite={selected.id}
            x={box.x0 - 4}
            y={box.y0 - 4}
            width={box.x1 - box.x0 + 8}
            height={box.y1 - box.y0 + 8}
            rx={4}
          />
        )}
      </svg>
      <figcaption>
        {box
          ? `OCR line ${selected.id} is outlined on ${source.name}.`
          : `${source.name}: no position was recorded for this line.`}
      </figcaption>
    </figure>
  );
}
