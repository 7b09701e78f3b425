import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a pseudo-terminal of a given size, as a user's terminal would, and times
/// it from spawn until a text appears on its screen: the first painted screen of `dvk`, the
/// first rows of VisiData.
struct PseudoTerminal {
    var rows = 35
    var columns = 120
    /// How long to wait for the text before giving up.
    var timeoutMs = 120_000.0

    /// Linux's TIOCSPTLCK, TIOCGPTN (x86_64 and arm64) and glibc's POSIX_SPAWN_SETSID, whose C
    /// macros Swift does not import.
    static let setLock: UInt = 0x4004_5431
    static let getNumber: UInt = 0x8004_5430
    static let spawnSetSID: Int16 = 0x80

    /// What one run gave: the milliseconds until the marker, and the program's resident memory
    /// once it had also shown what `then` asked for (nil without `then`).
    struct Painted {
        var ms: Double
        var residentMB: Double?
    }

    /// Milliseconds from `posix_spawn` until `marker` has been written to the terminal; then,
    /// when `then` is given, its keys are typed and, once the program has written something and
    /// then nothing for half a second (curses sends only what changed, so a marker of the next
    /// screen may never appear whole), its resident memory is read. The program is then killed (both dvk and its peers
    /// are, so neither pays for its exit).
    func timeUntil(_ marker: String, thenTyping keys: String? = nil, running arguments: [String],
                   environment: [String: String]) -> Result<Painted, BenchError> {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // unlockpt and ptsname as Linux does them (Swift does not see the X/Open declarations).
        guard master >= 0, ioctl(master, PseudoTerminal.setLock, &unlock) == 0, ioctl(master, PseudoTerminal.getNumber, &number) == 0 else {
            return .failure(BenchError("no pseudo-terminal: errno \(errno)"))
        }
        defer { close(master) }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { return .failure(BenchError("cannot size the pseudo-terminal: errno \(errno)")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, PseudoTerminal.spawnSetSID)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard code == 0 else { return .failure(BenchError("cannot start \(arguments[0]): \(String(cString: strerror(code)))")) }
        defer {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        var screen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        /// Whether the terminal has something to read within `ms` milliseconds.
        func readable(within ms: Int32) -> Bool {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            return poll(&poller, 1, ms) > 0
        }
        /// Reads the terminal until `marker` appears in what is written from now on.
        func waitFor(_ marker: String) -> BenchError? {
            let wanted = Array(marker.utf8)
            let from = screen.count
            while true {
                let elapsed = Stopwatch.milliseconds(clock.now - start)
                if elapsed > timeoutMs { return BenchError("«\(marker)» did not appear within \(Int(timeoutMs / 1000)) s") }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, 100)
                if ready < 0 && errno != EINTR { return BenchError("poll: errno \(errno)") }
                guard ready > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    return BenchError("\(arguments[0]) ended before «\(marker)» appeared: \(String(decoding: screen.suffix(300), as: UTF8.self))")
                }
                // Only the tail can hold a marker cut in two by the read.
                let searchFrom = max(from, screen.count - wanted.count)
                screen += buffer[0..<count]
                if screen[searchFrom...].firstRange(of: wanted) != nil { return nil }
            }
        }
        if let failure = waitFor(marker) { return .failure(failure) }
        var painted = Painted(ms: Stopwatch.milliseconds(clock.now - start), residentMB: nil)
        if let keys {
            let typed = Array(keys.utf8)
            guard typed.withUnsafeBytes({ write(master, $0.baseAddress, $0.count) }) == typed.count else {
                return .failure(BenchError("cannot type «\(keys)» into the pseudo-terminal: errno \(errno)"))
            }
            let before = screen.count
            while true {
                if readable(within: 500) {
                    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                    if count <= 0 { return .failure(BenchError("\(arguments[0]) ended after «\(keys)» was typed")) }
                    screen += buffer[0..<count]
                } else if screen.count > before {
                    break
                }
                if Stopwatch.milliseconds(clock.now - start) > timeoutMs { return .failure(BenchError("no quiet screen after «\(keys)»")) }
            }
            painted.residentMB = Machine.residentMB(process: pid)
        }
        return .success(painted)
    }
}
