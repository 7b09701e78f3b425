import DVKApp
import DVKCore
import DVKTerminal

/// Figures of the interactive model list, drawn into an in-memory screen: opening the data
/// directory to the first painted list, and one search keystroke to the updated list.
struct InterfaceBench {
    let fixture: Fixture

    func run() -> [Figure] {
        let actor = fixture.configuration.users.actor(login: "bench")
        var app: App?
        let screen = MemoryScreen(rows: 40, columns: 120)
        let first = Stopwatch.sample(runs: 3, budgetMs: 20_000) {
            let workspace = Workspace(directory: fixture.directory, configuration: fixture.configuration, actor: actor,
                                      clock: { Timestamp(seconds: 0) })
            let opened = App(workspace: workspace, language: .vi)
            opened.draw(on: screen)
            app = opened
        }
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
        return [
            .median("interface: open the data directory to the first painted list", first, planned: 3, target: .firstPaint),
            .median("interface: search keystroke to the updated list (typing «dan van kheo»)", keystroke, planned: letters.count, target: .search),
        ]
    }
}
