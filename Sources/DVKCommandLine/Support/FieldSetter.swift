import DVKCore

/// The command line's side of `RecordFieldSetter`: `KEY=VALUE` arguments parsed, errors turned
/// into bad-input exits naming the key.
struct FieldSetter {
    let session: Session

    /// Parses `KEY=VALUE` arguments.
    static func pairs(_ arguments: [String]) throws -> [(String, String)] {
        try arguments.map { argument in
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw CLIError.badInput("--set: «\(argument)» phải có dạng KHÓA=GIÁ_TRỊ", "--set: «\(argument)» must be KEY=VALUE")
            }
            return (String(argument[..<equals]).trimmingSpaces, String(argument[argument.index(after: equals)...]))
        }
    }

    func apply(_ pairs: [(String, String)], to record: ModelRecord) throws -> ModelRecord {
        do {
            return try RecordFieldSetter(configuration: session.configuration).apply(pairs, to: record)
        } catch let error as FieldInputError {
            throw CLIError(error.message, exitCode: 2)
        }
    }

    static func number(_ text: String) -> Double? { RecordFieldSetter.number(text) }
}
