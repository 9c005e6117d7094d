/**
 * A streaming look at one part of an .xlsx while it is being inflated, before exceljs parses anything:
 * a byte-level tokenizer that keeps only counters and a few short attribute values, so it costs no memory
 * whatever the part's size. It finds what must never reach the XML parser (a DTD: `<!DOCTYPE`, `<!ENTITY`,
 * the carrier of entity-expansion bombs and external entities; Office files never have one) and counts
 * what decides exceljs's memory: elements, cells, rows (with values, and all of them), merged areas (exceljs
 * makes a cell for every position a merge covers), the longest text, shared-string references, and the
 * workbook's sheet names and their parts. NUL bytes are skipped, so a part written as UTF-16 is seen the
 * same way.
 */
import { columnNumber, rangeArea } from './cellReferences';

export type PartRole = 'worksheet' | 'sharedStrings' | 'workbook' | 'workbookRels' | 'other';

export interface SheetRef {
  /** The sheet's name, decoded (cut at 64 characters). */
  name: string;
  /** Its length in characters (in bytes when it was too long to keep). */
  nameLength: number;
  relId: string;
}

export interface PartFacts {
  part: string;
  role: PartRole;
  /** False when the part does not start like XML (an image, a VBA project): only its size matters. */
  xml: boolean;
  elements: number;
  /** A DTD construct (`<!DOCTYPE`, `<!ENTITY`, `<!ATTLIST` …) anywhere in the part. */
  dtd: boolean;
  /** The longest run of bytes of character data, a comment or CDATA. */
  longestText: number;
  cells: number;
  /** Rows with at least one value (`<v>`, `<is>` or `<f>` in one of their cells). */
  rowsWithValues: number;
  /** Every `<row>` element, with or without cells (a row with only a height or a format is one too). */
  rowElements: number;
  /** The cells merges cover, summed over `<mergeCell ref>` (capped, a whole-sheet merge is 17 billion). */
  mergedArea: number;
  /** The highest column (1-based) a cell's reference names; Excel's sheets end at 16,384 (XFD). */
  highestColumn: number;
  /** The highest row number a row or a cell names; Excel's sheets end at 1,048,576. */
  highestRow: number;
  /** The highest shared-string index a cell refers to; -1 when none. */
  highestSharedString: number;
  /** `<si>` entries (shared-strings part). */
  sharedStrings: number;
  /** Sheets declared (workbook part); `sheetRefs` keeps the first MAX_KEPT. */
  sheets: number;
  sheetRefs: SheetRef[];
  /** Relationship id → target (workbook relationships part). */
  relationships: Map<string, string>;
}

/** Matches the part names exceljs reads as worksheets (unanchored, as exceljs matches them). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;
const MAX_KEPT = 4096;
const MAX_ATTRIBUTE_BYTES = 256;

export function roleOf(part: string): PartRole {
  const name = part.charAt(0) === '/' ? part.slice(1) : part;
  if (name === 'xl/sharedStrings.xml') return 'sharedStrings';
  if (name === 'xl/workbook.xml') return 'workbook';
  if (name === 'xl/_rels/workbook.xml.rels') return 'workbookRels';
  return WORKSHEET.test(name) && name.indexOf('_rels') < 0 ? 'worksheet' : 'other';
}

const enum State { Start, Text, Open, Name, Attrs, AttrName, AttrEq, AttrValue, EndTag, Pi, Bang, Comment, Cdata, NotXml }

const LT = 0x3c;
const GT = 0x3e;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function isNameStart(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === 0x3a || b >= 0x80;
}

function isNameChar(b: number): boolean {
  return isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e;
}

/** The elements whose attributes the scan reads, per role; every other element's attributes are skipped unread. */
const KEPT: Record<PartRole, readonly string[]> = {
  worksheet: ['row', 'c', 'mergeCell'], sharedStrings: [], workbook: ['sheet'], workbookRels: ['Relationship'], other: []
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeAttribute(bytes: number[]): string {
  // Cell references and types (most attributes read) are plain ASCII without entities.
  if (bytes.every((b) => b < 0x80 && b !== 0x26)) return String.fromCharCode.apply(null, bytes);
  const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.charAt(0) !== '#') return ENTITIES[ref] ?? whole;
    const code = ref.charAt(1).toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export class XmlScanner {
  public readonly facts: PartFacts;
  private state: State = State.Start;
  private name = '';
  private attrName = '';
  private attrBytes: number[] = [];
  private attrLength = 0;
  private quote = 0;
  private run = 0;
  private tail = 0;
  private attributes: Record<string, string> = {};
  private attributeLengths: Record<string, number> = {};
  /** Whether the element being read is one whose attributes matter (most elements' are skipped unread). */
  private keep = false;
  private rowHasValue = false;
  private cellShared = false;
  private digits: string | null = null;

  public constructor(part: string) {
    this.facts = {
      part, role: roleOf(part), xml: true, elements: 0, dtd: false, longestText: 0, cells: 0, rowsWithValues: 0, rowElements: 0, mergedArea: 0, highestColumn: 0, highestRow: 0,
      highestSharedString: -1, sharedStrings: 0, sheets: 0, sheetRefs: [], relationships: new Map()
    };
  }

  public write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      if (this.state === State.NotXml) return;
      if (this.state === State.Start) {
        // Leading whitespace (a hostile part may be nothing else) is skipped without the byte-by-byte machine.
        while (i < chunk.length && (isSpace(chunk[i]) || chunk[i] === 0)) i++;
        if (i === chunk.length) return;
      }
      if (this.state === State.Text) {
        // Character data is most of a part: jump to the next tag natively.
        const next = chunk.indexOf(LT, i);
        const end = next < 0 ? chunk.length : next;
        if (this.digits !== null) this.captureDigits(chunk, i, end);
        this.run += end - i;
        if (next < 0) return;
        i = next;
        this.endRun();
        this.state = State.Open;
        continue;
      }
      const b = chunk[i];
      if (b !== 0) this.step(b);
    }
  }

  /** Call when the part has been read to its end. */
  public end(): void {
    this.endRun();
  }

  private step(b: number): void {
    switch (this.state) {
      case State.Start:
        if (b === LT) this.state = State.Open;
        else if (!isSpace(b) && b !== 0xef && b !== 0xbb && b !== 0xbf && b !== 0xff && b !== 0xfe) {
          this.facts.xml = false;
          this.state = State.NotXml;
        }
        return;
      case State.Open: return this.open(b);
      case State.Name: return this.nameByte(b);
      case State.Attrs: return this.attrsByte(b);
      case State.AttrName:
        if (isNameChar(b)) this.attrName = b === 0x3a ? '' : this.attrName + String.fromCharCode(b);
        else if (b === GT) this.finishStartTag();
        else this.state = b === 0x3d || isSpace(b) ? State.AttrEq : State.Attrs;
        return;
      case State.AttrEq:
        if (b === 0x22 || b === 0x27) {
          this.quote = b;
          this.attrBytes = [];
          this.attrLength = 0;
          this.state = State.AttrValue;
        } else if (b === GT) this.finishStartTag();
        else if (b !== 0x3d && !isSpace(b)) this.state = State.Attrs;
        return;
      case State.AttrValue:
        if (b === this.quote) {
          if (this.keep) {
            this.attributes[this.attrName] = decodeAttribute(this.attrBytes);
            this.attributeLengths[this.attrName] = this.attrLength;
          }
          this.state = State.Attrs;
        } else if (this.keep) {
          this.attrLength++;
          if (this.attrBytes.length < MAX_ATTRIBUTE_BYTES) this.attrBytes.push(b);
        }
        return;
      case State.EndTag:
      case State.Pi:
        if (b === GT) this.state = State.Text;
        return;
      case State.Bang:
        if (b === 0x2d) this.state = State.Comment;
        else if (b === 0x5b) this.state = State.Cdata;
        else {
          this.facts.dtd = true;
          this.state = State.NotXml;
        }
        return;
      default: return this.commentOrCdataByte(b);
    }
  }

  private open(b: number): void {
    if (b === 0x2f) this.state = State.EndTag;
    else if (b === 0x3f) this.state = State.Pi;
    else if (b === 0x21) this.state = State.Bang;
    else if (isNameStart(b)) {
      this.name = b === 0x3a ? '' : String.fromCharCode(b);
      this.state = State.Name;
    } else this.state = State.Text;
  }

  private nameByte(b: number): void {
    if (isNameChar(b)) {
      if (b === 0x3a) this.name = '';
      else if (this.name.length < 16) this.name += String.fromCharCode(b);
      return;
    }
    this.facts.elements++;
    this.keep = KEPT[this.facts.role].indexOf(this.name) >= 0;
    if (this.keep) {
      this.attributes = {};
      this.attributeLengths = {};
    }
    if (b === GT) this.finishStartTag();
    else this.state = State.Attrs;
  }

  private attrsByte(b: number): void {
    if (b === GT) this.finishStartTag();
    else if (isNameStart(b)) {
      this.attrName = b === 0x3a ? '' : String.fromCharCode(b);
      this.state = State.AttrName;
    }
  }

  /** Comments and CDATA: their text counts as a run; they end at `-->` and `]]>`. */
  private commentOrCdataByte(b: number): void {
    this.run++;
    const closer = this.state === State.Comment ? 0x2d : 0x5d;
    if (b === GT && (this.tail & 0xffff) === ((closer << 8) | closer)) {
      this.endRun();
      this.state = State.Text;
    }
    this.tail = ((this.tail << 8) | b) & 0xffff;
  }

  private endRun(): void {
    if (this.run > this.facts.longestText) this.facts.longestText = this.run;
    this.run = 0;
    this.tail = 0;
    if (this.digits !== null) {
      const index = this.digits === '' ? NaN : Number(this.digits);
      if (!isNaN(index) && index > this.facts.highestSharedString) this.facts.highestSharedString = index;
      this.digits = null;
    }
  }

  private captureDigits(chunk: Uint8Array, from: number, to: number): void {
    for (let j = from; j < to && this.digits !== null && this.digits.length < 16; j++) {
      const b = chunk[j];
      if (b >= 0x30 && b <= 0x39) this.digits += String.fromCharCode(b);
      else if (!isSpace(b) && b !== 0) this.digits = '';
    }
  }

  /** The element's start tag is complete: the name and the attributes kept are known. */
  private finishStartTag(): void {
    this.state = State.Text;
    const facts = this.facts;
    const name = this.name;
    if (facts.role === 'worksheet') {
      if (name === 'row') {
        facts.rowElements++;
        this.rowHasValue = false;
        facts.highestRow = Math.max(facts.highestRow, Number(this.attributes.r) || 0);
      } else if (name === 'c') {
        facts.cells++;
        this.cellShared = this.attributes.t === 's';
        const reference = this.attributes.r ?? '';
        facts.highestColumn = Math.max(facts.highestColumn, columnNumber(reference));
        facts.highestRow = Math.max(facts.highestRow, Number(reference.replace(/^[A-Za-z$]+\$?/, '')) || 0);
      } else if (name === 'v' || name === 'is' || name === 'f') {
        if (!this.rowHasValue) facts.rowsWithValues++;
        this.rowHasValue = true;
        if (name === 'v' && this.cellShared) this.digits = '';
      } else if (name === 'mergeCell') {
        facts.mergedArea = Math.min(Number.MAX_SAFE_INTEGER, facts.mergedArea + rangeArea(this.attributes.ref ?? ''));
      }
    } else if (facts.role === 'sharedStrings' && name === 'si') {
      facts.sharedStrings++;
    } else if (facts.role === 'workbook' && name === 'sheet') {
      facts.sheets++;
      const full = this.attributes.name ?? '';
      const length = this.attributeLengths.name ?? 0;
      const nameLength = length > MAX_ATTRIBUTE_BYTES ? length : full.length;
      if (facts.sheetRefs.length < MAX_KEPT) facts.sheetRefs.push({ name: full.slice(0, 64), nameLength, relId: this.attributes.id ?? '' });
    } else if (facts.role === 'workbookRels' && name === 'Relationship' && facts.relationships.size < MAX_KEPT) {
      facts.relationships.set(this.attributes.Id ?? '', this.attributes.Target ?? '');
    }
  }
}
