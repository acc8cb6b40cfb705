/**
 * The headings that open every CSV file this app exports, before one column per lane. Written by
 * boardToCsv and recognised by detectCsvShape, which reads every column after them as a lane.
 */
import { KEEP_MINE_HEADER } from './parseKeepMineCell';

export const CSV_TASK_HEADER = 'Task';
export const CSV_GROUP_HEADER = 'Group';
export const CSV_LEADING_HEADERS: readonly string[] = [CSV_TASK_HEADER, CSV_GROUP_HEADER, KEEP_MINE_HEADER];
