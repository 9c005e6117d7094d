/**
 * SharePoint's own error codes and texts, as the emulator returns them.
 *
 * Every refusal the emulator makes goes through `SpError`, so the HTTP status, the
 * `"<hresult>, <exception type>"` code and the message text stay in one place and match what
 * SharePoint Online sends (sources: /work/shared/sharepoint-wire/README.md §2, §6 and the
 * recorded responses). Where a text is not verified, the comment says so.
 */

export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (e.g. Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const Errors = {
  /** README §2 d1 (verified). `webUrl` is absolute, no trailing slash. */
  listNotFound: (title: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  /** getById / lists(guid'…') with an unknown id; same family as d1 (likely). */
  listIdNotFound: (): SpError =>
    new SpError(404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  /** README §2 d2 (verified in a batch DELETE; likely for GET). */
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  /** README "Also seen" (verified recording). Note the two spaces before "Please". */
  listExists: (): SpError =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  /** README §2a (verified). */
  threshold: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  /** README §2b (verified text). `requested` is the raw If-Match value. */
  etagMismatch: (requested: string, current: number): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${requested}' does not match the object's ETag value '"${current}"'.`),
  /** README §2c (verified). The bracket holds internal names (likely). */
  duplicateValues: (fields: string[]): SpError =>
    new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`),
  /** README §6 (likely text, code unknown: the generic SPException). */
  uniqueNeedsIndex: (): SpError => new SpError(500, SP_EXCEPTION, 'This field must be indexed to enforce unique values'),
  /** SharePoint's text when enforcing uniqueness on a column that already holds duplicates (likely). */
  existingDuplicates: (): SpError =>
    new SpError(500, SP_EXCEPTION, 'This field contains duplicate values. Remove all duplicate values and try the operation again.'),
  /** Unknown property in a write body (brief; OData type-check error). */
  propertyNotOnType: (prop: string, typeName: string): SpError =>
    new SpError(400, INVALID_QUERY, `The property '${prop}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  /** Unknown column in an item $filter / $orderby (brief). */
  columnNotFound: (name: string): SpError =>
    new SpError(400, SP_EXCEPTION, `Column '${name}' does not exist. It may have been deleted by another user.`),
  /** fields/getByInternalNameOrTitle('X') with no such field (likely). */
  fieldNotFound: (name: string): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  /** Unknown property in $select (likely). */
  selectNotFound: (name: string): SpError => new SpError(400, INVALID_QUERY, `The field or property '${name}' does not exist.`),
  /** $select=Lookup/Field without $expand=Lookup (likely text). */
  selectNeedsExpand: (path: string, field: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`),
  /** ensureuser with a name nobody in the directory has (text verified via PnP PowerShell #4143). */
  userNotFound: (name: string): SpError => new SpError(500, SP_EXCEPTION, `The specified user ${name} could not be found.`),
  /** getUserById(n) with an unknown id (likely). */
  userIdNotFound: (): SpError => new SpError(404, SP_EXCEPTION, 'User cannot be found.'),
  /** A user field written with an id that is no site user (likely). */
  userNotUnique: (): SpError => new SpError(500, SP_EXCEPTION, 'The user does not exist or is not unique.'),
  /** Writes without X-RequestDigest / Authorization. */
  securityValidation: (): SpError =>
    new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  /** A value that does not convert to the field's EDM type (likely text). */
  cannotConvert: (edmType: string): SpError =>
    new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  /** A choice value outside Choices on a field without FillInChoice (unverified text). */
  invalidChoice: (field: string, value: string): SpError =>
    new SpError(400, SP_EXCEPTION, `Invalid choice value '${value}' for field '${field}'.`),
  /** Syntax errors in query options and other malformed requests. */
  badQuery: (message: string): SpError => new SpError(400, INVALID_QUERY, message),
  /** A path the emulator (and SharePoint) does not know. */
  badPath: (path: string): SpError => new SpError(404, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${path}" is not valid.`),
  methodNotAllowed: (): SpError => new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not allowed for this resource.'),
  /**
   * A list title over 255 characters. [unknown] No capture of SharePoint's answer exists; the title
   * lands in an nvarchar(255) column and SharePoint's native layer reports bad arguments as
   * E_INVALIDARG, which SPO surfaces as this ArgumentException (the common "-2147024809" error,
   * reported with HTTP 500). Chosen as the most plausible answer, not verified.
   */
  titleTooLong: (): SpError => new SpError(500, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.'),
  /**
   * permissions-versions-files.md §4 (recorded FilesTests/GetNonExistingFileByServerRelativeUrlAsyncTest):
   * the server-relative path of the missing file.
   */
  fileNotFound: (serverRelativeUrl: string): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', `The file ${serverRelativeUrl} does not exist.`),
  /** permissions-versions-files.md §4 (recorded): a folder path that does not exist. */
  folderNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  /**
   * permissions-versions-files.md §4: adding an existing file without Overwrite. The text and the
   * site-relative path are from a PnPjs error string from SPO (nittygritty-uk/Atvero-Issues#214),
   * which also shows HTTP 400; `modified` is written `01 Feb 2019 06:35:27 -0800` (here in UTC).
   */
  fileExists: (siteRelativePath: string, login: string, modified: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${siteRelativePath} already exists. It was last modified by ${login} on ${modified}.`),
  /**
   * A folder (or a file where a folder is, or the reverse) that already exists. Text as PnP
   * PowerShell reports it from SPO (pnp/PnP-PowerShell#585, #1432, which show an absolute URL; the
   * emulator names the server-relative URL). Code and status [unknown], chosen as for a file.
   */
  folderExists: (url: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${url} already exists.`),
  /** A request body over the limit (SPO: 262144000 bytes for a non-chunked upload; sp-dev-docs#8280, 400). */
  requestTooLarge: (limit: number): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The request message is too big. The server does not allow messages larger than ${limit} bytes.`),
  /** `items.add` on a document library (text verified via vgrem/phpSPO#67; code and status [unknown]). */
  libraryItemAdd: (): SpError => new SpError(500, SP_EXCEPTION, 'To add an item to a document library, use SPFileCollection.Add()'),
  /** A file or folder name with characters SharePoint does not allow (text likely; code/status [unknown]). */
  invalidFileName: (): SpError =>
    new SpError(400, SP_EXCEPTION, 'The file or folder name contains characters that are not permitted.  Please use a different name.'),
  /** continue/finish/cancelUpload with an unknown upload id, or a wrong fileOffset ([unknown] text). */
  uploadSession: (message: string): SpError => new SpError(400, '-2147024809, System.ArgumentException', message),
  /** Files outside document libraries, and other file features the emulator does not model. */
  notSupported: (what: string): SpError => new SpError(400, INVALID_QUERY, `${what} is not supported by the emulator.`),
  /** More than 100 operations in one $batch (SharePoint's limit; text likely). */
  batchTooLarge: (): SpError =>
    new SpError(400, '-1, Microsoft.Data.OData.ODataException', 'The current batch message contains too many parts. Only batch messages with a maximum number of \'100\' query operations and change sets are allowed.'),
};
