import DVKCore
import DVKDocuments
import DVKTerminal

extension SetupWizard {
    static let labelWidth = LetterheadFields.labelWidth

    public func draw(on screen: Screen) {
        let (rows, columns) = screen.size
        drawnSize = (rows, columns)
        screen.clear()
        screen.hideCursor()
        fieldRows = [:]
        let indicator = "\(page.rawValue + 1)/\(Page.allCases.count)"
        screen.fill(row: 0, column: 0, width: columns, style: Style(.title))
        screen.put(" dvk — \(t(SetupText.title))", row: 0, column: 0, style: Style(.title, bold: true))
        let stepText = "\(t(SetupText.step)) \(indicator) "
        screen.put(stepText, row: 0, column: max(0, columns - TextWidth.columns(of: stepText)), style: Style(.title))
        screen.put(" \(indicator) · \(t(SetupText.pageTitles[page.rawValue]))", row: 1, column: 0, style: Style(.header, bold: true))
        let bottom = rows - 2
        switch page {
        case .level:
            var row = 3
            if let intro = context.intro {
                screen.put(" " + t(intro), row: row, column: 0, style: Style(.warning, bold: true))
                row += 1
            }
            screen.put(" " + t(SetupText.pickHint), row: row, column: 0, style: Style(.hint))
            drawPicker(levelPicker, on: screen, top: row + 2, bottom: row + 4, filter: false)
            screen.put(" " + t(SetupText.levelHint), row: row + 5, column: 0, style: Style(.dim))
        case .province:
            screen.put(" " + t(SetupText.provinceHint), row: 3, column: 0, style: Style(.hint))
            drawPicker(provincePicker, on: screen, top: 5, bottom: bottom, filter: true)
        case .names: drawNames(on: screen, bottom: bottom)
        case .units: drawUnits(on: screen, bottom: bottom)
        case .rubric:
            screen.put(" " + t(SetupText.pickHint), row: 3, column: 0, style: Style(.hint))
            drawPicker(rubricPicker, on: screen, top: 5, bottom: 7, filter: false)
        case .users: drawUsers(on: screen, bottom: bottom)
        case .summary: drawSummary(on: screen, bottom: bottom)
        }
        let hints: [(String, String)] = [("Tab", t(SetupText.field)), ("Enter", t(SetupText.next)), ("Esc", t(SetupText.back)),
                                         ("Ctrl-C", t(SetupText.quit))]
        let status = " \(t(SetupText.inputMode(input.mode))) · \(language.rawValue.uppercased()) "
        HintBar.draw(on: screen, hints: hints, status: status, message: message?.text, messageIsError: message?.isError ?? false)
        switch overlay {
        case .message(let box, _): box.draw(on: screen)
        case .picker(let picker, _): picker.draw(on: screen, language: language)
        case nil: break
        }
        screen.present()
    }

    /// A choice list drawn in the page (not as an overlay): the filter line, then the options.
    private func drawPicker(_ picker: Picker, on screen: Screen, top: Int, bottom: Int, filter: Bool) {
        var row = top
        let width = min(screen.size.columns - 4, 60)
        if filter {
            screen.put("/ ", row: row, column: 2, style: Style(.hint))
            let view = picker.filter.visible(width: width - 2)
            screen.put(TextWidth.padded(view.text, to: width - 2), row: row, column: 4, style: Style(.fieldFocused))
            screen.setCursor(row: row, column: 4 + view.cursorColumn)
            row += 1
        }
        let height = max(1, bottom - row + 1)
        for (offset, index) in picker.table.visibleRows(pageHeight: height).enumerated() {
            let option = picker.options[picker.shown[index]]
            let selected = index == picker.table.selected
            let text = (selected ? "▸ " : "  ") + option.label
            screen.put(TextWidth.padded(text, to: width), row: row + offset, column: 2, style: Style(selected ? .selected : .normal))
            fieldRows[row + offset] = index
        }
    }

    /// A labelled one-line field; the cursor shows in the focused one.
    private func drawField(_ label: LocalizedText, _ text: String, cursor: Int?, field: Int, row: Int, on screen: Screen) {
        LetterheadFields.draw(t(label), text, cursor: cursor, focused: focus == field, row: row, on: screen)
        fieldRows[row] = field
    }

    private func drawEditor(_ label: LocalizedText, _ editor: LineEditor, field: Int, row: Int, on screen: Screen) {
        drawField(label, editor.text, cursor: editor.cursor, field: field, row: row, on: screen)
    }

    private func drawNames(on screen: Screen, bottom: Int) {
        var row = 3
        screen.put(" " + t(SetupText.namesHint), row: row, column: 0, style: Style(.hint))
        row += 1
        if draft.level == .commune {
            drawEditor(SetupText.commune, communeEditor, field: 0, row: row, on: screen)
            row += 1
            if let problem = draft.problem {
                screen.put("   ⚠ " + t(problem), row: row, column: 0, style: Style(.error, bold: true))
                row += 1
            }
        }
        let count = draft.issuers.count
        let issuer = draft.issuers.indices.contains(issuerIndex) ? draft.issuers[issuerIndex] : nil
        let chooser = LetterheadFields.chooser(issuer, index: issuerIndex, count: count)
        drawField(SetupText.issuer, chooser, cursor: nil, field: 1, row: row, on: screen)
        row += 1
        let labels = [SetupText.parent, SetupText.nameLine1, SetupText.nameLine2, SetupText.place, SetupText.numberSuffix]
        for (slot, label) in labels.enumerated() {
            drawEditor(label, issuerEditors[slot], field: slot + 2, row: row, on: screen)
            row += 1
        }
        let mode = issuer?.signer.mode ?? ""
        drawField(SetupText.signerMode, LetterheadFields.mode(mode, language), cursor: nil, field: 7, row: row, on: screen)
        row += 1
        drawEditor(SetupText.signerTitle, issuerEditors[5], field: 8, row: row, on: screen)
        drawEditor(SetupText.signerName, issuerEditors[6], field: 9, row: row + 1, on: screen)
        row += 3
        guard let issuer, row < bottom else { return }
        screen.put(" " + t(SetupText.preview), row: row, column: 0, style: Style(.header, bold: true))
        row += 1
        for line in LetterheadFields.preview(issuer, today: context.today, columns: screen.size.columns) {
            guard row <= bottom else { break }
            screen.put(line, row: row, column: 2, style: .normal)
            row += 1
        }
    }

    private func drawUnits(on screen: Screen, bottom: Int) {
        let columns = screen.size.columns
        screen.put(" " + t(SetupText.unitsHint), row: 3, column: 0, style: Style(.hint))
        let width = max(20, columns / 2 - 4)
        screen.put(" " + t(SetupText.unitsText), row: 4, column: 0, style: Style(focus == 0 ? .header : .normal, bold: focus == 0))
        fieldRows[4] = 0
        let height = max(1, bottom - 7)
        let view = unitsArea.visible(width: width, height: height, fromStart: focus != 0)
        for offset in 0..<height {
            let line = offset < view.lines.count ? view.lines[offset] : ""
            screen.put(TextWidth.padded(line, to: width), row: 5 + offset, column: 2, style: Style(focus == 0 ? .fieldFocused : .field))
            fieldRows[5 + offset] = 0
        }
        if focus == 0 { screen.setCursor(row: 5 + view.cursorRow, column: 2 + view.cursorColumn) }
        drawEditor(SetupText.unitsFile, unitsFile, field: 1, row: bottom - 1, on: screen)
        let units = draft.units
        let left = width + 6
        screen.put(t(SetupText.unitCount(units.count)), row: 4, column: left, style: Style(.header, bold: true))
        for (offset, unit) in units.prefix(max(0, bottom - 5)).enumerated() {
            screen.put("\(offset + 1). \(unit.name)", row: 5 + offset, column: left, style: .normal)
        }
    }

    private func drawUsers(on screen: Screen, bottom: Int) {
        screen.put(" " + t(SetupText.usersHint), row: 3, column: 0, style: Style(.hint))
        screen.put(" " + TextWidth.padded(t(SetupText.admin), to: SetupWizard.labelWidth - 1) + context.admin, row: 4, column: 0,
                   style: Style(.dim))
        drawEditor(SetupText.login, loginEditor, field: 0, row: 6, on: screen)
        drawEditor(SetupText.fullName, nameEditor, field: 1, row: 7, on: screen)
        let roleLabel = role.flatMap { id in context.roles.first { $0.id == id } }?.label.text(language) ?? t(SetupText.roleNone)
        drawField(SetupText.role, roleLabel, cursor: nil, field: 2, row: 8, on: screen)
        var row = 10
        screen.put(" " + t(SetupText.users), row: row, column: 0, style: Style(.header, bold: true))
        row += 1
        let adminRole = context.roles.first { $0.id == "admin" }?.label.text(language) ?? "admin"
        screen.put("   \(context.admin) — \(adminRole)", row: row, column: 0, style: .normal)
        row += 1
        for user in draft.extraUsers where row <= bottom {
            let roleName = user.roles.first.flatMap { id in context.roles.first { $0.id == id } }?.label.text(language) ?? ""
            screen.put("   \(user.login) — \(user.name) — \(roleName)", row: row, column: 0, style: .normal)
            row += 1
        }
    }

    /// What will be created, one line each.
    func summaryLines() -> [(String, String)] {
        let level = draft.level == .province ? SetupText.levelProvince : SetupText.levelCommune
        let provinceName = draft.province.map { ($0.isCity ? "Thành phố " : "Tỉnh ") + $0.name } ?? "—"
        let rubric = draft.rubricMode == .points ? SetupText.rubricPoints(context.criteriaCount) : SetupText.rubricPassFail
        let users = ([context.admin] + draft.extraUsers.map(\.login)).joined(separator: ", ")
        var lines: [(String, String)] = [
            (t(SetupText.level), t(level)),
            (t(SetupText.province), provinceName),
            (t(SetupText.committee), draft.setup?.profile.name ?? "—"),
        ]
        for issuer in draft.issuers {
            lines.append((t(SetupText.letterheads), [issuer.parent, issuer.name.replacingOccurrences(of: "\n", with: " · ")]
                            .filter { !$0.isEmpty }.joined(separator: " / ")))
        }
        lines += [
            (t(SetupText.units), "\(draft.units.count)"),
            (t(SetupText.rubric), t(rubric)),
            (t(SetupText.users), users),
            (t(SetupText.dataDirectory), context.directory.path),
        ]
        return lines
    }

    private func drawSummary(on screen: Screen, bottom: Int) {
        screen.put(" " + t(SetupText.summaryHint), row: 3, column: 0, style: Style(.hint))
        var row = 5
        if let problem = draft.problem {
            screen.put("   ⚠ " + t(problem), row: row, column: 0, style: Style(.error, bold: true))
            row += 2
        }
        for (label, value) in summaryLines() where row <= bottom {
            screen.put(" " + TextWidth.padded(label, to: SetupWizard.labelWidth - 1), row: row, column: 0, style: Style(.header))
            screen.put(value, row: row, column: SetupWizard.labelWidth, style: .normal)
            row += 1
        }
        row += 1
        if row <= bottom { screen.put(" " + t(SetupText.createTitle) + "  [Enter]", row: row, column: 0, style: Style(.warning, bold: true)) }
    }
}
