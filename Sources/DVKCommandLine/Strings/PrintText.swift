import DVKCore
import DVKDocuments

/// Every message and help text of `dvk print`, in Vietnamese and English.
enum PrintText {
    typealias L = LocalizedText

    // MARK: Help

    static let abstract = L(vi: "In danh sách khen thưởng, quyết định, dự thảo báo cáo, biểu tổng hợp, dữ liệu in giấy khen",
                            en: "Print award lists, decisions, the draft report, statistical annexes, certificate data")
    static let awardsAbstract = L(vi: "Danh sách tập thể, cá nhân được khen (kèm theo quyết định)", en: "The list of collectives and individuals awarded (attached to a decision)")
    static let awardsDiscussion = L(
        vi: "Chọn một quyết định bằng --decision (số hoặc mã), hoặc chọn theo --year, --level, --track (các quyết định đã ban hành; nếu chưa có thì các đề nghị). Tệp ghi vào --out (mặc định: thư mục hiện tại), mỗi đường dẫn một dòng.",
        en: "Choose one decision with --decision (number or id), or select by --year, --level, --track (the issued decisions; the proposed ones when none is issued). Files go to --out (default: the current folder), one path per line.")
    static let decisionAbstract = L(vi: "Quyết định khen thưởng (căn cứ pháp lý theo ngày của quyết định)", en: "The award decision (citing the legal bases in force on its date)")
    static let decisionDiscussion = L(
        vi: "Chọn quyết định bằng --decision (số hoặc mã). Căn cứ lấy từ config/legal-bases.json: chỉ các văn bản có hiệu lực vào ngày của quyết định; lời văn các điều lấy từ config/decision.json.",
        en: "Choose the decision with --decision (number or id). The bases come from config/legal-bases.json: only the texts in force on the decision's date; the articles' wording from config/decision.json.")
    static let annexAbstract = L(vi: "Biểu tổng hợp số liệu (tính từ hồ sơ, tổng cộng tự tính)", en: "A statistical annex (computed from the records, totals computed)")
    static let certificatesAbstract = L(vi: "Dữ liệu trộn in giấy khen, bằng khen (CSV, XLSX)", en: "Mail-merge data for certificates (CSV, XLSX)")
    static let doctorAbstract = L(vi: "Kiểm tra công cụ chuyển PDF, phông chữ và máy in", en: "Check the PDF converter, fonts and printers")
    static let format = L(vi: "định dạng, cách nhau bằng dấu phẩy: docx, pdf, xlsx, html, txt, csv (txt không có --out thì in ra màn hình)",
                          en: "formats, comma-separated: docx, pdf, xlsx, html, txt, csv (txt without --out prints to the terminal)")
    static let out = L(vi: "thư mục ghi tệp (mặc định: thư mục hiện tại)", en: "the folder to write to (default: the current folder)")
    static let printer = L(vi: "gửi bản PDF tới máy in này (tạo PDF nếu chưa chọn)", en: "send the PDF to this printer (makes the PDF if not asked for)")
    static let decision = L(vi: "số hoặc mã quyết định, ví dụ 112/QĐ-UBND", en: "decision number or id, e.g. 112/QĐ-UBND")
    static let year = L(vi: "năm khen thưởng", en: "award year")
    static let level = L(vi: "cấp khen", en: "award level")
    static let track = L(vi: "khối: Đảng, Chính quyền, MTTQ – đoàn thể", en: "track: Party, Government, Front")
    static let period = L(vi: "giai đoạn, ví dụ 2020-2022 (hoặc --from/--to, --year)", en: "period, e.g. 2020-2022 (or --from/--to, --year)")
    static let issuer = L(vi: "in tiêu đề của cơ quan này (mã trong config/headers.json)", en: "print the letterhead of this body (id in config/headers.json)")
    static let date = L(vi: "ngày ghi dưới tiêu đề (dd/mm/yyyy)", en: "the date under the letterhead (dd/mm/yyyy)")
    static let note = L(vi: "dòng ghi chú dưới tên biểu, ví dụ «(Kèm theo Báo cáo số 45-BC/BCĐ)»", en: "the note under the title, e.g. «(Kèm theo Báo cáo số 45-BC/BCĐ)»")

    static let reportAbstract = L(vi: "Dự thảo báo cáo sơ kết, tổng kết (số liệu tính từ hồ sơ, kèm phụ lục)",
                                  en: "The draft half-year, year-end or phase report (figures computed from the records, with annexes)")
    static let reportDiscussion = L(
        vi: "Kỳ báo cáo: 2025 (cả năm), 2025-H1 (6 tháng đầu năm) hoặc 2020-2022 (giai đoạn). Các phần Ban Chỉ đạo tự viết đặt trong thư mục dữ liệu, reports/<kỳ>/<phần>.txt (situation, leadership, results, strengths, limitations, causes, lessons, tasks, recipients; xem docs/data-format.md); phần chưa viết in thành chỗ trống có đánh dấu và được liệt kê.",
        en: "Period: 2025 (the year), 2025-H1 (its first half) or 2020-2022 (a phase). The sections the committee writes go in the data directory, reports/<period>/<part>.txt (situation, leadership, results, strengths, limitations, causes, lessons, tasks, recipients; see docs/data-format.md); those not written yet print as marked placeholders and are listed.")
    static let reportPeriod = L(vi: "kỳ báo cáo: 2025, 2025-H1 hoặc 2020-2022", en: "the period: 2025, 2025-H1 or 2020-2022")
    static let english = L(vi: "viết bằng tiếng Anh (để đọc tham khảo; văn bản chính thức là tiếng Việt)",
                           en: "write it in English (to read along; the official paper is Vietnamese)")

    // MARK: Input problems

    static func unknownKind(_ name: String) -> L {
        let all = ReportKind.allCases.map(\.rawValue).joined(separator: ", ")
        return L(vi: "--kind: không có loại báo cáo «\(name)»; chọn: \(all)", en: "--kind: no report kind «\(name)»; choose: \(all)")
    }

    static func badReportPeriod(_ text: String, kind: String?) -> L {
        let with = kind.map { " (--kind \($0))" } ?? ""
        return L(vi: "kỳ báo cáo không hợp lệ: «\(text)»\(with); gõ 2025, 2025-H1 hoặc 2020-2022 (báo cáo 6 tháng, cả năm chỉ một năm)",
                 en: "not a valid period: «\(text)»\(with); type 2025, 2025-H1 or 2020-2022 (half-year and year-end reports cover one year)")
    }

    static func missingNarratives(_ files: [String]) -> L {
        L(vi: "Chưa có \(files.count) phần Ban Chỉ đạo tự viết (đã in chỗ trống có đánh dấu): \(files.joined(separator: ", "))",
          en: "\(files.count) section(s) the committee writes are missing (marked placeholders printed): \(files.joined(separator: ", "))")
    }

    static func unknownFormats(_ names: [String]) -> L {
        let all = DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")
        return L(vi: "--format: không có định dạng «\(names.joined(separator: ", "))»; chọn trong: \(all)",
                 en: "--format: no format «\(names.joined(separator: ", "))»; choose from: \(all)")
    }

    static func unsupportedFormats(_ names: [String], allowed: [String]) -> L {
        L(vi: "--format: tài liệu này không xuất được dạng \(names.joined(separator: ", ")); chọn trong: \(allowed.joined(separator: ", "))",
          en: "--format: this document cannot be written as \(names.joined(separator: ", ")); choose from: \(allowed.joined(separator: ", "))")
    }

    static let chooseDecision = L(vi: "chọn quyết định bằng --decision, hoặc --year (kèm --level, --track nếu cần)",
                                  en: "choose a decision with --decision, or --year (with --level, --track as needed)")
    static let decisionOrSelection = L(vi: "--decision không dùng cùng --year, --level, --track", en: "--decision cannot be combined with --year, --level, --track")

    static func noDecisionsMatch(_ selection: String) -> L {
        L(vi: "không có quyết định khen thưởng nào khớp: \(selection)", en: "no award decision matches: \(selection)")
    }

    static func unknownTable(_ name: String) -> L {
        let all = StatisticsTableID.allCases.map(\.rawValue).joined(separator: ", ")
        return L(vi: "--table: không có biểu «\(name)»; chọn: \(all)", en: "--table: no table «\(name)»; choose: \(all)")
    }

    static func badPeriod(_ text: String) -> L {
        L(vi: "khoảng năm không hợp lệ: «\(text)» (ví dụ 2020-2022)", en: "invalid period: «\(text)» (e.g. 2020-2022)")
    }

    static func unknownIssuer(_ id: String, known: [String]) -> L {
        L(vi: "--issuer: không có cơ quan «\(id)»; chọn: \(known.joined(separator: ", "))",
          en: "--issuer: no issuer «\(id)»; choose: \(known.joined(separator: ", "))")
    }

    static func unplaced(_ ids: [String]) -> L {
        L(vi: "Lưu ý: \(ids.count) hồ sơ có lĩnh vực, loại, đối tượng hoặc cấp không có trong danh mục nên không được tính: \(ids.prefix(10).joined(separator: ", "))",
          en: "Note: \(ids.count) record(s) have a field, kind, subject or level missing from the lists and are not counted: \(ids.prefix(10).joined(separator: ", "))")
    }

    // MARK: Document problems

    static func describe(_ error: DocumentError) -> L { error.message }

    // MARK: PDF and printing

    static let libreOfficeInstall = "apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2"
    static let cupsInstall = "apt-get install --no-install-recommends cups printer-driver-cups-pdf"

    static func libreOfficeMissing(docx: String?) -> L {
        let written = docx ?? "—"
        return L(vi: "không tạo được PDF: máy này chưa có LibreOffice. Cài bằng: \(libreOfficeInstall). Bản DOCX đã ghi tại: \(written)",
                 en: "no PDF was made: LibreOffice is not installed here. Install it with: \(libreOfficeInstall). The DOCX was written to: \(written)")
    }

    static func conversionFailed(_ message: L, docx: String?) -> L {
        let written = docx ?? "—"
        return L(vi: "không tạo được PDF: \(message.vi). Bản DOCX đã ghi tại: \(written)",
                 en: "no PDF was made: \(message.en). The DOCX was written to: \(written)")
    }

    static func spoolerMissing(pdf: String) -> L {
        L(vi: "không in được: máy này chưa có hệ thống in CUPS (lệnh lp). Cài bằng: \(cupsInstall). Bản PDF đã ghi tại: \(pdf)",
          en: "nothing was printed: the CUPS print system (lp) is not installed here. Install it with: \(cupsInstall). The PDF was written to: \(pdf)")
    }

    static func printFailed(_ message: L, pdf: String) -> L {
        L(vi: "không in được: \(message.vi). Bản PDF đã ghi tại: \(pdf)", en: "nothing was printed: \(message.en). The PDF was written to: \(pdf)")
    }

    static func sent(_ pdf: String, printer: String) -> L {
        L(vi: "Đã gửi \(pdf) tới máy in \(printer)", en: "Sent \(pdf) to the printer \(printer)")
    }

    // MARK: Doctor

    static let found = L(vi: "có", en: "found")
    static let missing = L(vi: "thiếu", en: "missing")
}
