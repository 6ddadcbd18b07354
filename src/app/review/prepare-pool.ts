/**
 * @module A pool of worker threads that prepare uploads, for the embedded (SQLite) service: the
 * pipeline is CPU-bound for seconds on a big export, and on the server's own event loop it would
 * hold every request back that long. The pool is a PrepareUpload like the in-process one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UploadedFile } from '../../adapters/storage/packets.js';
import type { Explanation } from '../../core/explain/format-explain.js';
import type { Packet } from '../../core/model/packet.js';
import type { PrepareUpload } from './prepare-job.js';

export interface ThreadRequest {
  readonly type: 'prepare';
  readonly id: number;
  readonly files: readonly UploadedFile[];
  readonly asOf?: string | undefined;
}

export type ThreadReply =
  | { readonly type: 'progress'; readonly id: number; readonly progress: string }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly summary: Packet;
      readonly packetJson: string;
      readonly markdown: string;
      /** the signals and their traces (small: a few dozen sentences) */
      readonly explanation?: Explanation;
    }
  | { readonly type: 'failed'; readonly id: number; readonly error: string };

interface Task {
  readonly request: ThreadRequest;
  readonly onProgress?: ((progress: string) => void) | undefined;
  resolve(result: Awaited<ReturnType<PrepareUpload>>): void;
  reject(error: Error): void;
}

/** The thread's entry: compiled JavaScript beside this file, or under tsx the TypeScript source. */
function threadEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./prepare-thread.js', here);
  // Running from sources: a thread does not inherit the main thread's tsx loader, so it registers its own.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./prepare-thread.ts', here).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** False when a build left the thread's entry out (then the service prepares in-process). */
export function preparePoolAvailable(): boolean {
  const entry = threadEntry();
  return entry.protocol !== 'file:' || existsSync(fileURLToPath(entry));
}

export interface PreparePool {
  readonly prepareUpload: PrepareUpload;
  close(): Promise<void>;
}

export function createPreparePool(options: { size: number; policyPath?: string | undefined }): PreparePool {
  const waiting: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let nextId = 1;
  let closed = false;

  const start = (): Worker => {
    const worker = new Worker(threadEntry(), { workerData: { policyPath: options.policyPath } });
    worker.on('message', (reply: ThreadReply) => {
      const task = busy.get(worker);
      if (!task || task.request.id !== reply.id) return;
      if (reply.type === 'progress') {
        task.onProgress?.(reply.progress);
        return;
      }
      busy.delete(worker);
      if (reply.type === 'done') {
        task.resolve({
          packet: reply.summary,
          markdown: reply.markdown,
          packetJson: reply.packetJson,
          ...(reply.explanation ? { explanation: reply.explanation } : {}),
        });
      } else {
        task.reject(new Error(reply.error));
      }
      release(worker);
    });
    // A thread that dies (out of memory, a crash in a native module) fails its job, never the server.
    worker.on('error', (error: Error) => fail(worker, error));
    worker.on('exit', (code) => fail(worker, new Error(`prepare thread exited with code ${code}`)));
    return worker;
  };

  const fail = (worker: Worker, error: Error) => {
    const task = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    task?.reject(error);
    if (!closed) release(start());
  };

  const release = (worker: Worker) => {
    const task = waiting.shift();
    if (!task) {
      idle.push(worker);
      return;
    }
    busy.set(worker, task);
    worker.postMessage(task.request);
  };

  for (let i = 0; i < Math.max(1, options.size); i++) idle.push(start());

  const prepareUpload: PrepareUpload = (files, { asOf, onProgress }) =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new Error('the prepare pool is closed'));
        return;
      }
      waiting.push({ request: { type: 'prepare', id: nextId++, files, asOf }, onProgress, resolve, reject });
      const worker = idle.shift();
      if (worker) release(worker);
    });

  return {
    prepareUpload,
    async close() {
      closed = true;
      const workers = [...idle, ...busy.keys()];
      for (const task of waiting.splice(0)) task.reject(new Error('the prepare pool is closed'));
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              worker.postMessage({ type: 'close' });
              // OCR workers that will not stop must not keep the process alive.
              setTimeout(() => void worker.terminate(), 5_000).unref();
            }),
        ),
      );
    },
  };
}
