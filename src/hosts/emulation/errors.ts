/**
 * The errors the emulation raises, shaped like OfficeExtension.Error: a `code`
 * from Excel's error-code list, Excel's own message text, and `debugInfo` with
 * the failing API (errorLocation). Code that handles errors by `code` behaves
 * the same against the emulation and against Excel.
 */

export type ExcelErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'ItemAlreadyExists'
  | 'RequestPayloadSizeLimitExceeded'
  | 'GeneralException'
  | 'InvalidOperation'
  | 'InvalidObjectPath';

/** Excel's message texts (en-US), as Excel on the web reports them. */
const MESSAGES: Record<ExcelErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidOperation: 'The operation is invalid for the object or the object is in an invalid state.',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
};

export interface EmulatedDebugInfo {
  code: ExcelErrorCode;
  message: string;
  /** The API that failed, e.g. 'Range.values', 'WorksheetCollection.getItem'. */
  errorLocation: string;
  /** What exactly the emulation objected to; Excel gives no such detail. */
  emulationDetail?: string;
}

/** Like OfficeExtension.Error: name 'RichApi.Error', `code`, `debugInfo`. */
export class EmulatedExcelError extends Error {
  readonly code: ExcelErrorCode;
  readonly debugInfo: EmulatedDebugInfo;

  constructor(code: ExcelErrorCode, errorLocation: string, detail?: string, arg?: string) {
    const message = MESSAGES[code].replace('{0}', arg ?? '');
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation, ...(detail ? { emulationDetail: detail } : {}) };
  }
}

export function propertyNotLoaded(type: string, prop: string): EmulatedExcelError {
  return new EmulatedExcelError('PropertyNotLoaded', `${type}.${prop}`, undefined, prop);
}

/**
 * A plain Error (not an Excel error) for anything the emulation does not
 * model: a test that reaches it must fail, never pass against a fake.
 */
export function notModelled(what: string): Error {
  return new Error(`Excel emulation: ${what} is not modelled`);
}
