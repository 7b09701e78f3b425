/// The libFuzzer entry point of `scripts/fuzz.sh`: one binary for every target, the target chosen
/// by the environment variable `DVK_FUZZ_TARGET` (json, record, config, journal). Compiled into
/// the same module as `Readers/FuzzTarget.swift`, never by SwiftPM.
#if canImport(Glibc)
import Glibc
#endif

private let target: FuzzTarget = {
    let name = getenv("DVK_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        print("DVK_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target.read(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
