/**
 * The part of pdfkit 0.20's API the PDF renderer uses, typed by hand: pdfkit ships no types, and
 * @types/pdfkit trails the library (no PDF/A subsets, no `font: null`, no structure options) and types
 * the document as a Node stream, which the browser build is not.
 */
declare module 'pdfkit' {
  export interface PdfKitMargins { top: number; bottom: number; left: number; right: number }

  export interface PdfKitPageOptions {
    size?: string | [number, number];
    layout?: 'portrait' | 'landscape';
    margins?: PdfKitMargins;
  }

  export interface PdfKitDocumentOptions extends PdfKitPageOptions {
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    subset?: 'PDF/A-1b' | 'PDF/A-2b' | 'PDF/A-3b' | 'PDF/A-1a' | 'PDF/A-2a' | 'PDF/A-3a';
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    /** The font to start with; null starts with none (otherwise pdfkit loads Helvetica, a standard 14 font). */
    font?: string | Uint8Array | null;
    info?: Record<string, string | Date>;
  }

  export interface PdfKitTextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'right' | 'center' | 'justify';
    lineGap?: number;
    paragraphGap?: number;
    continued?: boolean;
    lineBreak?: boolean;
    /** With `height`, cuts the text that does not fit and ends it with an ellipsis. */
    ellipsis?: boolean | string;
    /** With `tagged`, the text becomes a structure element of this type under this parent. */
    structParent?: PdfKitStructElement;
    structType?: string;
  }

  export interface PdfKitStructContent { readonly refs: unknown[] }

  export interface PdfKitStructElement {
    add(child: PdfKitStructElement | PdfKitStructContent): PdfKitStructElement;
    end(): void;
  }

  export interface PdfKitPage {
    width: number;
    height: number;
    margins: PdfKitMargins;
  }

  export class PDFDocument {
    constructor(options?: PdfKitDocumentOptions);
    page: PdfKitPage;
    info: Record<string, string | Date>;
    x: number;
    y: number;
    addPage(options?: PdfKitPageOptions): this;
    registerFont(name: string, src: Uint8Array): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(colour: string): this;
    strokeColor(colour: string): this;
    lineWidth(width: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(colour?: string): this;
    stroke(colour?: string): this;
    text(text: string, x?: number, y?: number, options?: PdfKitTextOptions): this;
    text(text: string, options?: PdfKitTextOptions): this;
    heightOfString(text: string, options?: PdfKitTextOptions): number;
    widthOfString(text: string): number;
    currentLineHeight(includeGap?: boolean): number;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): PdfKitPage;
    struct(type: string, options?: Record<string, unknown>, children?: Array<PdfKitStructElement | PdfKitStructContent>): PdfKitStructElement;
    addStructure(element: PdfKitStructElement): this;
    markContent(tag: string, options?: Record<string, unknown> | null): this;
    markStructureContent(tag: string, options?: Record<string, unknown>): PdfKitStructContent;
    endMarkedContent(): this;
    appendXML(xml: string, newline?: boolean): void;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }

  export default PDFDocument;
}
