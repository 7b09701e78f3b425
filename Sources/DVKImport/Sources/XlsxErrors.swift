/// The reasons an XLSX file cannot be read, in both languages.
enum XlsxErrors {
    static func notExcel(_ file: String) -> SourceError {
        SourceError(file: file, vi: "không phải tệp Excel (.xlsx) hoặc tệp đã hỏng; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dạng .xlsx",
                    en: "not an Excel (.xlsx) file, or the file is damaged; open it in Excel or LibreOffice and save it as .xlsx")
    }

    /// An OLE compound file: the old binary .xls format, or a workbook locked with a password.
    static func oldExcel(_ file: String) -> SourceError {
        SourceError(file: file,
                    vi: "đây là tệp Excel cũ (.xls) hoặc tệp có mật khẩu; hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx (Excel Workbook)",
                    en: "this is an old Excel (.xls) file or a password-protected workbook; open it in Excel or LibreOffice, remove any password, and save it as .xlsx (Excel Workbook)")
    }

    static func tooManyEntries(_ file: String, limit: Int) -> SourceError {
        SourceError(file: file, vi: "tệp nén chứa hơn \(limit) mục, không phải một bảng tính bình thường",
                    en: "the package holds more than \(limit) entries, not an ordinary workbook")
    }

    static func partTooLarge(_ file: String, part: String, limit: Int) -> SourceError {
        SourceError(file: file, vi: "phần \(part) giải nén ra hơn \(limit / 1_048_576) MB; dừng đọc",
                    en: "part \(part) unpacks to more than \(limit / 1_048_576) MB; reading stopped")
    }

    static func damagedPart(_ file: String, part: String) -> SourceError {
        SourceError(file: file, vi: "không giải nén được phần \(part); tệp đã hỏng", en: "part \(part) cannot be unpacked; the file is damaged")
    }

    static func tooManySheets(_ file: String, count: Int, limit: Int) -> SourceError {
        SourceError(file: file, vi: "bảng tính có \(count) trang tính, nhiều hơn giới hạn \(limit)",
                    en: "the workbook has \(count) sheets, more than the limit of \(limit)")
    }

    /// A fault in the XML of `part`.
    static func xml(_ file: String, part: String) -> (String, String) -> SourceError {
        { vi, en in SourceError(file: file, vi: "\(part): XML không hợp lệ: \(vi)", en: "\(part): invalid XML: \(en)") }
    }

    /// A fault in one cell or row of a sheet.
    static func sheet(_ file: String, sheet: String, vi: String, en: String) -> SourceError {
        SourceError(file: file, vi: "trang tính “\(sheet)”: \(vi)", en: "sheet “\(sheet)”: \(en)")
    }
}
