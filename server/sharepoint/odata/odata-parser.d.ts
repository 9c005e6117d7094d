/**
 * Types for the untyped `odata-parser` package (a pegjs grammar). Only the shapes the emulator
 * reads are declared; `parse(text, startRule)` lets us parse a single condition.
 */
declare module 'odata-parser' {
  export interface ODataProperty {
    type: 'property';
    name: string;
  }
  export interface ODataLiteral {
    type: 'literal';
    /** Strings, numbers, booleans, Dates; decimals come back as strings, null as ['null', '']. */
    value: unknown;
  }
  export interface ODataFunctionCall {
    type: 'functioncall';
    func: string;
    args: ODataNode[];
  }
  export interface ODataComparison {
    type: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'and' | 'or';
    left: ODataNode;
    right: ODataNode;
  }
  export type ODataNode = ODataProperty | ODataLiteral | ODataFunctionCall | ODataComparison;
  export function parse(input: string, startRule?: string): unknown;
}
