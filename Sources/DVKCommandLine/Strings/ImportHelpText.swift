import DVKCore

/// The help texts of `import`, `export` and `template`, in Vietnamese and English.
enum ImportHelpText {
    typealias L = LocalizedText

    static let importAbstract = L(vi: "Nhập mô hình, quyết định khen thưởng hoặc đợt kiểm tra từ tệp Excel (.xlsx) hoặc CSV",
                                  en: "Import models, award decisions or inspection rounds from an Excel (.xlsx) or CSV file")
    static let importDiscussion = L(
        vi: "Mọi dòng được kiểm tra trước; có lỗi thì không ghi gì và báo lỗi theo dòng, cột (mã thoát 2). Không lỗi thì ghi tất cả trong một lần lưu. Các cột: xem docs/import-format.md hoặc «dvk template import».",
        en: "Every row is checked first; with any problem nothing is written and the problems are listed by row and column (exit 2). Otherwise everything is written in one save. Columns: see docs/import-format.md or «dvk template import».")
    static let file = L(vi: "tệp .xlsx hoặc .csv", en: "the .xlsx or .csv file")
    static let kind = L(vi: "loại dữ liệu: models|decisions|inspections (mặc định: nhận ra từ tiêu đề cột)",
                        en: "what the rows are: models|decisions|inspections (default: recognised from the headers)")
    static let sheet = L(vi: "chỉ nhập trang (sheet) này", en: "import this sheet only")
    static let encoding = L(vi: "bảng mã của tệp CSV: auto|utf8|tcvn3|vni", en: "the CSV file's encoding: auto|utf8|tcvn3|vni")
    static let addNewValues = L(vi: "thêm giá trị chưa có (đơn vị, lĩnh vực…) vào danh mục thay vì báo lỗi",
                                en: "add values not yet known (units, fields…) to the lists instead of reporting them")
    static let update = L(vi: "cập nhật các mô hình đã nhập trước (khớp theo mã hoặc đơn vị + tên + năm)",
                          en: "update the models an earlier import created (matched by id, or unit + name + year)")
    static let dryRun = L(vi: "chỉ kiểm tra, không ghi", en: "check only, write nothing")
    static let exportAbstract = L(vi: "Xuất danh sách mô hình (theo bộ lọc của «dvk list») ra CSV, XLSX hoặc JSON",
                                  en: "Export the model list (with the filters of «dvk list») to CSV, XLSX or JSON")
    static let format = L(vi: "định dạng: csv|xlsx|json", en: "format: csv|xlsx|json")
    static let out = L(vi: "tệp ghi ra", en: "the file to write")
    static let force = L(vi: "ghi đè nếu tệp đã có", en: "overwrite the file if it exists")
    static let templateAbstract = L(vi: "Ghi tệp mẫu để điền rồi nhập", en: "Write a template to fill in and import")
}
