import DVKTestSupport
import Foundation
import Testing

/// Runs python-docx and openpyxl over generated files, as an independent reader would: the
/// script prints JSON, the test asserts on it. When python3 or the modules are missing the test
/// fails with what to install — it never skips.
enum PythonReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The python3 program on PATH.
    static func python() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure(description: "python3 is not installed: apt-get install python3, then pip install python-docx openpyxl")
    }

    /// Runs `script` with `arguments` and returns its JSON output.
    static func json(_ script: String, _ arguments: [String]) throws -> Any {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["PYTHONIOENCODING"] = "utf-8"
        let result = try Subprocess.run(try python(), ["-c", script] + arguments, environment: environment)
        if result.err.contains("ModuleNotFoundError") {
            throw Failure(description: "python-docx or openpyxl is missing for \(try python()) (pip install python-docx openpyxl): \(result.err)")
        }
        guard result.status == 0 else {
            throw Failure(description: "the python reader failed (\(result.status)) on \(arguments): \(result.err)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.out.utf8))
    }

    /// python-docx's view of a DOCX plus facts read from its XML parts.
    static func docx(_ path: String) throws -> [String: Any] {
        guard let object = try json(docxScript, [path]) as? [String: Any] else { throw Failure(description: "no JSON object") }
        return object
    }

    /// openpyxl's view of an XLSX (formulas, and cached values separately).
    static func xlsx(_ path: String) throws -> [String: Any] {
        guard let object = try json(xlsxScript, [path]) as? [String: Any] else { throw Failure(description: "no JSON object") }
        return object
    }

    static let docxScript = #"""
import sys, json, re, zipfile
import docx
path = sys.argv[1]
d = docx.Document(path)
z = zipfile.ZipFile(path)
doc = z.read("word/document.xml").decode("utf-8")
styles = z.read("word/styles.xml").decode("utf-8")
section = d.sections[0]
defaults = d.styles.element.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docDefaults")
# Each table's grid computed once: row.cells rebuilds the whole grid at every call in the
# python-docx Debian ships (0.8), which made a 1,000-row list take minutes to read.
# A table's closing row (one cell across the table holding its last rows as a nested table,
# then the totals and the signature) reads as those rows, then the cell's paragraphs and its
# other tables after the table, as a reader of the printed page sees them.
def grid(t):
    cells, width = t._cells, len(t.columns)
    return [cells[i:i + width] for i in range(0, len(cells), width)]
grids, closing = [], []
for t in d.tables:
    rows, after = [], []
    for row in grid(t):
        first = row[0]
        if len(row) > 1 and all(c._tc is first._tc for c in row) and first.tables:
            rows += grid(first.tables[0])
            closing += [p.text for p in first.paragraphs]
            after += [grid(nested) for nested in first.tables[1:]]
        else:
            rows.append(row)
    grids += [rows] + after
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs] + closing,
    "tables": [[[c.text for c in row] for row in grid] for grid in grids],
    "cellParagraphs": [p.text for grid in grids for row in grid for c in row for p in c.paragraphs],
    "section": {"width": section.page_width, "height": section.page_height, "left": section.left_margin,
                "right": section.right_margin, "top": section.top_margin, "bottom": section.bottom_margin,
                "header": section.header_distance, "landscape": int(section.orientation) == 1,
                "titlePage": section.different_first_page_header_footer},
    "defaultFont": d.styles["Normal"].font.name or re.search(r'w:rFonts w:ascii="([^"]+)"', styles).group(1),
    "defaultSize": int(re.search(r'<w:sz w:val="(\d+)"', styles[styles.find("docDefaults"):]).group(1)),
    "sizes": sorted(set(int(v) for v in re.findall(r'<w:sz w:val="(\d+)"', doc))),
    "fonts": sorted(set(re.findall(r'w:(?:ascii|hAnsi|cs)="([^"]+)"', doc + styles))),
    "headerRows": len(re.findall(r"<w:tblHeader/>", doc)),
    "pageField": "PAGE" in z.read("word/header1.xml").decode("utf-8"),
    "firstHeaderEmpty": "PAGE" not in z.read("word/header2.xml").decode("utf-8"),
    "underlined": [r.text for p in d.paragraphs for r in p.runs if r.underline]
                  + [r.text for grid in grids for row in grid for c in row for p in c.paragraphs for r in p.runs if r.underline],
    "bold": [r.text for grid in grids for row in grid for c in row for p in c.paragraphs for r in p.runs if r.bold],
}, ensure_ascii=False))
"""#

    static let xlsxScript = #"""
import sys, json
import openpyxl
path = sys.argv[1]
ws = openpyxl.load_workbook(path).active
cached = openpyxl.load_workbook(path, data_only=True).active
cells = []
for row in ws.iter_rows():
    for c in row:
        if c.value is None:
            continue
        cells.append({"ref": c.coordinate, "row": c.row, "column": c.column, "type": c.data_type,
                      "value": c.value if c.data_type != "f" else str(c.value),
                      "cached": cached[c.coordinate].value, "bold": bool(c.font.b), "font": c.font.name,
                      "size": c.font.sz, "wrap": bool(c.alignment.wrap_text)})
print(json.dumps({
    "cells": cells,
    "merged": sorted(str(r) for r in ws.merged_cells.ranges),
    "widths": {k: v.width for k, v in ws.column_dimensions.items()},
    "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
    "orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
    "breaks": [b.id for b in ws.row_breaks.brk],
}, ensure_ascii=False))
"""#
}

/// Assertions on the readers' JSON.
enum Reading {
    /// Every table of a python-docx reading: rows of cell texts.
    static func tables(_ docx: [String: Any]) -> [[[String]]] {
        (docx["tables"] as? [[[String]]]) ?? []
    }

    static func paragraphs(_ docx: [String: Any]) -> [String] {
        (docx["paragraphs"] as? [String]) ?? []
    }

    /// Every text of the document: paragraphs, table cells, and each paragraph of a cell.
    static func allTexts(_ docx: [String: Any]) -> [String] {
        paragraphs(docx) + tables(docx).flatMap { $0.flatMap { $0 } } + ((docx["cellParagraphs"] as? [String]) ?? [])
    }

    /// Whether `texts` holds `expected` exactly, compared scalar by scalar (Swift's `==` would call
    /// NFC and NFD equal).
    static func containsExactly(_ texts: [String], _ expected: String) -> Bool {
        let scalars = Array(expected.unicodeScalars)
        return texts.contains { Array($0.unicodeScalars) == scalars }
    }

    /// The openpyxl cells.
    static func cells(_ xlsx: [String: Any]) -> [[String: Any]] {
        (xlsx["cells"] as? [[String: Any]]) ?? []
    }
}
