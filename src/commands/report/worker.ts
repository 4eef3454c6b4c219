/** A worker thread of `kemitraan report`: each file's part of the report, computed where the file is read. */
import { reportTask, type ReportTask, type ReportTaskOptions, type ReportTaskResult } from './plan.js';
import { serveBatches } from '../worker-pool.js';

serveBatches<ReportTask, ReportTaskResult, ReportTaskOptions>(reportTask);
