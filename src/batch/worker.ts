/** A batch worker thread: converts the files of each task it is sent and answers with the results. */
import { parentPort } from "node:worker_threads";
import { convertFile, type ConvertOptions, type ConvertTask } from "./convert.js";

export interface WorkerRequest {
  id: number;
  tasks: ConvertTask[];
  opts: ConvertOptions;
}

parentPort?.on("message", (msg: WorkerRequest) => {
  const results = msg.tasks.map((t) => convertFile(t, msg.opts));
  parentPort!.postMessage({ id: msg.id, results });
});
