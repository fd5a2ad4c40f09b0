/// Renders a report as JSON, with exact numbers and a fixed key order.
///
/// The JSON text is written by the renderer, not by `JSONEncoder`, so that money and areas go from their
/// integers straight to decimal text (`-1200.00`) and never through `Double`. Keys come in the order
/// below, which does not change between runs; objects are indented by two spaces.
///
/// ```json
/// {
///   "title": "活动经费审核",
///   "facts": [{ "label": "审核日期", "value": "2025-12-31" }],
///   "sections": [
///     { "type": "table", "title": "…",
///       "columns": [{ "key": "gap", "header": "差额（元）", "alignment": "trailing" }],
///       "rows": [{ "kind": "data", "cells": { "gap": -1200.00 } }] },
///     { "type": "chart", "title": "…", "unit": "元",
///       "bars": [{ "label": "双塔", "value": -1200.00, "display": "−1,200.00", "series": "shortfall" }] },
///     { "type": "note", "text": "…" }
///   ]
/// }
/// ```
///
/// A row's `cells` is an object keyed by the columns' keys, in the columns' order, holding each cell's
/// ``ReportCell/jsonValue``; a bar's `value` is its ``BarChart/Bar/value`` in the chart's unit with two
/// decimals, and its `series` is ``BarChart/Bar/resolvedSeries``.
public struct JSONReportRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as JSON text, ending with a line break.
    public func render(_ document: ReportDocument) -> String {
        let writer = Writer()
        writer.object {
            writer.member("title", JSONText.string(document.title))
            writer.member("facts") {
                writer.array(document.facts) { fact in
                    writer.object {
                        writer.member("label", JSONText.string(fact.label))
                        writer.member("value", JSONText.string(fact.value))
                    }
                }
            }
            writer.member("sections") {
                writer.array(document.sections) { section in
                    writer.object { write(section, to: writer) }
                }
            }
        }
        return writer.text + "\n"
    }

    private func write(_ section: ReportSection, to writer: Writer) {
        switch section {
        case .table(let table):
            writer.member("type", JSONText.string("table"))
            writer.member("title", JSONText.string(table.title))
            writer.member("columns") {
                writer.array(Array(table.columns.enumerated())) { index, column in
                    writer.object {
                        writer.member("key", JSONText.string(column.key))
                        writer.member("header", JSONText.string(column.header))
                        writer.member("alignment", JSONText.string(table.alignment(ofColumn: index).rawValue))
                    }
                }
            }
            writer.member("rows") {
                writer.array(table.rows) { row in
                    writer.object {
                        writer.member("kind", JSONText.string(row.kind.rawValue))
                        writer.member("cells") {
                            writer.object {
                                for (column, cell) in zip(table.columns, row.cells) {
                                    writer.member(column.key, cell.jsonValue)
                                }
                            }
                        }
                    }
                }
            }
        case .chart(let chart):
            writer.member("type", JSONText.string("chart"))
            writer.member("title", JSONText.string(chart.title))
            writer.member("unit", JSONText.string(chart.unit))
            writer.member("bars") {
                writer.array(chart.bars) { bar in
                    writer.object {
                        writer.member("label", JSONText.string(bar.label))
                        writer.member("value", DecimalText.fixed(bar.value, scale: 2))
                        writer.member("display", JSONText.string(bar.display))
                        writer.member("series", JSONText.string(bar.resolvedSeries.rawValue))
                    }
                }
            }
        case .note(let text):
            writer.member("type", JSONText.string("note"))
            writer.member("text", JSONText.string(text))
        }
    }

    /// Indented JSON text, written a member or element at a time (a class, so that the closures that
    /// write nested values can share it).
    private final class Writer {
        var text = ""
        private var depth = 0
        /// Whether the innermost open object or array has an item yet, one entry an open container.
        private var hasItem: [Bool] = []

        private var indent: String { String(repeating: "  ", count: depth) }

        /// Starts an item of the innermost container: a comma after the one before, and a new line.
        private func beginItem() {
            guard let last = hasItem.indices.last else { return }
            if hasItem[last] { text += "," }
            hasItem[last] = true
            text += "\n" + indent
        }

        private func container(_ open: String, _ close: String, _ body: () -> Void) {
            text += open
            depth += 1
            hasItem.append(false)
            body()
            let empty = hasItem.removeLast() == false
            depth -= 1
            text += empty ? close : "\n" + indent + close
        }

        func object(_ body: () -> Void) {
            container("{", "}", body)
        }

        func array<Element>(_ elements: [Element], _ body: (Element) -> Void) {
            container("[", "]") {
                for element in elements {
                    beginItem()
                    body(element)
                }
            }
        }

        /// A member whose value is JSON text already.
        func member(_ key: String, _ value: String) {
            beginItem()
            text += JSONText.string(key) + ": " + value
        }

        /// A member whose value the body writes.
        func member(_ key: String, _ body: () -> Void) {
            beginItem()
            text += JSONText.string(key) + ": "
            body()
        }
    }
}
