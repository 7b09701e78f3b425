import Testing

/// Every ncurses test, one at a time: ncurses is one global state (one SCREEN at a time), and
/// `.serialized` on a parent suite also serializes the suites nested in it.
@Suite(.serialized)
enum NcursesTests {}
