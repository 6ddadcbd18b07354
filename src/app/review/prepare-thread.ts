/**
 * @module The body of a prepare worker thread: it owns its own OCR pool and runs the real prepare
 * pipeline for each request the pool sends, answering with progress lines and the packet as JSON
 * text, so the server's event loop neither runs the pipeline nor serializes the packet.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { defaultOcrCacheDir, withOcrCache } from '../../adapters/ocr/ocr-cache.js';
import { createTesseractEngine, TESSERACT_ENGINE_VERSION } from '../../adapters/ocr/tesseract.js';
import type { ThreadReply, ThreadRequest } from './prepare-pool.js';
import { makePrepareUpload } from './prepare-upload.js';

const port = parentPort;
if (!port) throw new Error('prepare-thread runs as a worker thread');
// On Linux a nice value is per thread: this lowers only the prepare thread (and the OCR threads it
// starts), so on a busy machine the thread answering requests gets the CPU first.
try {
  setPriority(10);
} catch {
  // not permitted here: the thread runs at normal priority
}
const { policyPath } = workerData as { policyPath?: string };
const ocr = createTesseractEngine();
const prepareUpload = makePrepareUpload({
  policyPath,
  ocr: withOcrCache(ocr, defaultOcrCacheDir(), TESSERACT_ENGINE_VERSION),
});

port.on('message', async (message: ThreadRequest | { type: 'close' }) => {
  if (message.type === 'close') {
    await ocr.close().catch(() => undefined);
    port.close();
    return;
  }
  const reply = (answer: ThreadReply) => port.postMessage(answer);
  try {
    const { packet, markdown, explanation } = await prepareUpload(message.files, {
      asOf: message.asOf,
      onProgress: (progress) => reply({ type: 'progress', id: message.id, progress }),
    });
    // Only what recording needs crosses back as an object; the whole packet crosses as one string.
    const summary = { ...packet, evidence: [], sources: [], timeline: [] };
    reply({
      type: 'done',
      id: message.id,
      summary,
      packetJson: JSON.stringify(packet),
      markdown,
      ...(explanation ? { explanation } : {}),
    });
  } catch (error) {
    reply({ type: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
