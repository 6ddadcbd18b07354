/**
 * @module Intake: drop files or a zip, or paste a Slack thread or e-mail; shows upload progress,
 * then preparing (OCR and the pipeline run as a job), then each file's status and warnings.
 */
import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { api, messageOf, uploadPacket } from '../../api/client.js';
import type { PacketView } from '../../api/types.js';
import { useCan } from '../../app/can-context.js';
import { href } from '../../app/parse-route.js';
import { useLock } from '../../ui/use-lock.js';
import { SourceList } from './SourceList.js';

type Phase =
  | { step: 'edit' }
  | { step: 'uploading'; sent: number; total: number }
  | { step: 'preparing'; id: string; seconds: number; progress?: string | null }
  | { step: 'done'; view: PacketView };

const POLL_MS = 700;

export function IntakePage() {
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'edit' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const preparingId = phase.step === 'preparing' ? phase.id : null;
  const lock = useLock(useCan().whyNot('packet.create', 'start a new packet'));

  useEffect(() => {
    if (!preparingId) return;
    let stopped = false;
    const started = Date.now();
    let progress: string | null = null;
    const poll = async () => {
      while (!stopped) {
        try {
          const view = await api.packet(preparingId);
          if (view.jobStatus !== 'preparing') {
            if (!stopped) setPhase({ step: 'done', view });
            return;
          }
          progress = view.progress;
        } catch (failure) {
          if (!stopped) setError(messageOf(failure));
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!stopped)
          setPhase({
            step: 'preparing',
            id: preparingId,
            seconds: Math.round((Date.now() - started) / 1000),
            progress,
          });
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [preparingId]);

  function addFiles(list: FileList | null) {
    if (!list) return;
    const added = [...list];
    setFiles((current) => [
      ...current,
      ...added.filter((f) => !current.some((c) => c.name === f.name && c.size === f.size)),
    ]);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!lock.locked) addFiles(event.dataTransfer.files);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (files.length === 0 && !text.trim()) {
      setError('Add at least one file or a zip, or paste a thread or an e-mail.');
      return;
    }
    const form = new FormData();
    if (title.trim()) form.append('title', title.trim());
    if (text.trim()) form.append('text', text);
    for (const file of files) form.append('files', file, file.name);
    setPhase({ step: 'uploading', sent: 0, total: 1 });
    try {
      const created = await uploadPacket(form, (sent, total) => setPhase({ step: 'uploading', sent, total }));
      setPhase({ step: 'preparing', id: created.id, seconds: 0 });
    } catch (failure) {
      setError(messageOf(failure));
      setPhase({ step: 'edit' });
    }
  }

  if (phase.step === 'done') {
    const { view } = phase;
    return (
      <section aria-labelledby="intake-done">
        <h1 id="intake-done">{view.jobStatus === 'ready' ? 'Packet prepared' : 'Preparing failed'}</h1>
        {view.error && (
          <p role="alert" className="error">
            {view.error}
          </p>
        )}
        {view.packet && <SourceList sources={view.packet.sources} />}
        <p>
          <a className="button primary" href={href.packet(view.id)}>
            Open packet
          </a>
        </p>
      </section>
    );
  }

  const busy = phase.step !== 'edit' || lock.locked;
  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">New packet</h1>
      {lock.note}
      <form onSubmit={submit} className="intake">
        <label>
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} disabled={busy} />
        </label>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside is the keyboard path */}
        <div
          className={dragging ? 'dropzone is-dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>
            Drop ticket exports, Slack exports (as a zip), e-mails, logs, screenshots or a zip of the whole
            handoff here.
          </p>
          <label className="button">
            Choose files or a zip
            <input
              ref={input}
              className="visually-hidden"
              type="file"
              multiple
              disabled={busy}
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        {files.length > 0 && (
          <ul className="file-list" aria-label="Files to upload">
            {files.map((file) => (
              <li key={`${file.name}:${file.size}`}>
                <span>{file.name}</span> <span className="muted">({Math.ceil(file.size / 1024)} KB)</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${file.name}`}
                  disabled={busy}
                  onClick={() => setFiles((current) => current.filter((f) => f !== file))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <label>
          Or paste a Slack thread or an e-mail
          <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} disabled={busy} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {phase.step === 'uploading' && (
          <p className="progress-line">
            <progress aria-label="Uploading" max={phase.total} value={phase.sent} /> Uploading…
          </p>
        )}
        {phase.step === 'preparing' && (
          <p className="progress-line" role="status">
            <progress aria-label="Preparing" />{' '}
            {phase.progress ?? 'Reading files, running OCR and preparing the packet'}… {phase.seconds} s
          </p>
        )}
        <button type="submit" className="primary" disabled={busy} {...lock.describe}>
          Prepare packet
        </button>
      </form>
    </section>
  );
}
