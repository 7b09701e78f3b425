import DVKApp
import DVKCore
import DVKTerminal

/// Figures of the interactive screens, drawn into an in-memory screen: opening the data
/// directory to the first painted list and to the dashboard, one search keystroke to the
/// updated list, and opening the committee's appraisal queue and awards screen.
struct InterfaceBench {
    let fixture: Fixture

    func run() -> [Figure] {
        let actor = fixture.configuration.users.actor(login: "bench")
        var app: App?
        let screen = MemoryScreen(rows: 40, columns: 120)
        func open(dashboard: Bool) -> App {
            let workspace = Workspace(directory: fixture.directory, configuration: fixture.configuration, actor: actor,
                                      clock: { Timestamp(seconds: 0) })
            let opened = App(workspace: workspace, language: .vi, startOnDashboard: dashboard)
            opened.draw(on: screen)
            return opened
        }
        let first = Stopwatch.sample(runs: 3, budgetMs: 20_000) { app = open(dashboard: false) }
        let home = Stopwatch.sample(runs: 3, budgetMs: 20_000) { _ = open(dashboard: true) }
        guard let app else { return [] }
        app.handle(.character("/"))
        app.draw(on: screen)
        var typed = 0
        let letters = Array("dan van kheo")
        let keystroke = Stopwatch.sample(runs: letters.count, budgetMs: 20_000) {
            app.handle(.character(letters[typed % letters.count]))
            app.draw(on: screen)
            typed += 1
        }
        app.handle(.escape)
        app.handle(.escape)
        func screenTime(_ key: Character) -> Samples {
            Stopwatch.sample(runs: 3, budgetMs: 20_000) {
                app.handle(.character(key))
                app.draw(on: screen)
                app.handle(.escape)
            }
        }
        let queue = screenTime("T")
        let awards = screenTime("K")
        return [
            .median("interface: open the data directory to the first painted list", first, planned: 3, target: .firstPaint),
            .median("interface: open the data directory to the dashboard (home screen)", home, planned: 3),
            .median("interface: list → appraisal queue painted", queue, planned: 3),
            .median("interface: list → awards screen painted", awards, planned: 3),
            .median("interface: search keystroke to the updated list (typing «dan van kheo»)", keystroke, planned: letters.count, target: .search),
        ]
    }
}
