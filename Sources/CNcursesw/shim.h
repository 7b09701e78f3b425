/* The C side of dvk's ncurses adapter (module CNcursesw). Only DVKNcurses imports it.
 *
 * Swift cannot use macros with casts, function-like macros or mutable C globals (Swift 6 mode
 * rejects every read of `stdscr`, `stdout`…), so this header wraps them in `static const`
 * values and `static inline` functions. See docs/swift-ncurses.md §1–2. */
#ifndef DVK_CNCURSESW_SHIM_H
#define DVK_CNCURSESW_SHIM_H

/* Must come before the include: without it curses.h hides the whole wide-character API. */
#define NCURSES_WIDECHAR 1

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* glibc declares these only under __USE_XOPEN, which Swift's Glibc module is built without. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* ---- Globals (each read in Swift would be a concurrency error) ---- */

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline int cn_errno(void) { return errno; }
static inline void cn_clear_errno(void) { errno = 0; }

/* ---- Attributes (NCURSES_BITS macros the importer cannot evaluate) ---- */

static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_REVERSE = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM = A_DIM;

/* ---- Keys and mouse ---- */

static inline int cn_key_f(int n) { return KEY_F(n); }

static const mmask_t CN_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t CN_BUTTON1_DOUBLE_CLICKED = BUTTON1_DOUBLE_CLICKED;
static const mmask_t CN_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CN_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* ---- Locale ---- */

/* Whether LC_CTYPE's character set is UTF-8 (nl_langinfo needs a cast from Swift). */
static inline int cn_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* ---- Restoring the terminal when the process dies ----
 *
 * A signal handler must be a C function and cannot capture Swift state, so it lives here.
 * On SIGTERM, SIGHUP, SIGINT (sent by `kill`; Ctrl-C is a key under raw()), SIGQUIT and the
 * crash signals it leaves curses mode, puts back the handler that was there before (the
 * default, or Swift's backtracer) and raises the signal again, so the process still ends the
 * way it would have (exit status 128+signal, core dump, backtrace) but with a usable terminal.
 * Signals that were ignored (nohup) stay ignored. */

#define CN_SIGNAL_SLOTS 65

/* The handlers that were there before ours. A function-local static: a file-scope static in this
 * header is not emitted when Swift imports it (undefined reference at link time). */
static inline struct sigaction *cn_previous_actions(void) {
    static struct sigaction actions[CN_SIGNAL_SLOTS];
    return actions;
}

static void cn_restore_terminal_and_reraise(int sig) {
    endwin();
    if (sig > 0 && sig < CN_SIGNAL_SLOTS) {
        sigaction(sig, &cn_previous_actions()[sig], NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    raise(sig);
}

static void cn_restore_terminal_at_exit(void) {
    if (!isendwin()) endwin();
}

static inline void cn_install_restore_handlers(void) {
    static const int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT,
                                   SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    static int installed = 0;
    if (installed) return;
    installed = 1;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; ++i) {
        int sig = signals[i];
        struct sigaction previous;
        if (sigaction(sig, NULL, &previous) != 0) continue;
        if (previous.sa_handler == SIG_IGN) continue;
        cn_previous_actions()[sig] = previous;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = cn_restore_terminal_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(sig, &action, NULL);
    }
    atexit(cn_restore_terminal_at_exit);
}

#endif
