import DVKCore
import DVKTestSupport
import Testing

/// The scoring and the users changed as settings: the same checks whichever front end types them.
@Suite struct SettingsEditTests {
    func edit(sheets: Bool = false) throws -> SettingsEdit {
        var configuration = try TestSupport.configuration()
        configuration.users.users = [UsersConfig.User(login: "quantri", name: "Nguyễn Văn Quản", roles: ["admin"]),
                                     UsersConfig.User(login: "thuky", name: "Lê Thị Thư", roles: ["secretariat"])]
        return SettingsEdit(configuration: configuration, provinces: [], scoreSheetsExist: sheets)
    }

    func refusal(_ edit: inout SettingsEdit, _ key: String, _ value: String) -> String? {
        do { try edit.apply(key, value); return nil } catch let error as FieldInputError { return error.message.vi } catch { return "\(error)" }
    }

    @Test func theWayOfScoringChangesOnlyWhileNoSheetIsFiled() throws {
        var free = try edit()
        try free.apply("rubric.mode", "đạt/không đạt")
        #expect(free.rubric.mode == .passFail)
        #expect(free.current("rubric.mode")! == ("rubric", "passFail"))
        try free.apply("rubric.othersHiddenUntilOwnSheet", "không")
        #expect(free.rubric.othersHiddenUntilOwnSheet == false)

        var bound = try edit(sheets: true)
        #expect(refusal(&bound, "rubric.mode", "passFail")?.contains("đã có phiếu chấm") == true)
        #expect(bound.rubric.mode == .points, "nothing changed")
        #expect(refusal(&bound, "rubric.mode", "points") == nil, "the same way again is no change")
        #expect(refusal(&bound, "rubric.mode", "vote") != nil)
    }

    @Test func aUsersNameAndRolesChangeButTheLastAdministratorStays() throws {
        var e = try edit()
        try e.apply("user.thuky.name", "Lê Thị Thư Mới")
        try e.apply("user.thuky.roles", "secretariat, Thành viên tổ thẩm định")
        let thuky = try #require(e.users.users.first { $0.login == "thuky" })
        #expect(thuky.name == "Lê Thị Thư Mới")
        #expect(thuky.roles == ["secretariat", "appraiser"], "a role typed by its label is stored by id")
        #expect(e.current("user.thuky.roles")?.value == "secretariat,appraiser")

        #expect(refusal(&e, "user.quantri.roles", "secretariat") == "phải còn ít nhất một người quản trị")
        #expect(refusal(&e, "user.thuky.roles", "giám đốc")?.hasPrefix("«giám đốc» không phải vai trò") == true)
        #expect(refusal(&e, "user.thuky.roles", " , ") == "cần ít nhất một vai trò")
        #expect(refusal(&e, "user.thuky.name", "  ") == "họ tên không được để trống")
        #expect(refusal(&e, "user.nobody.name", "X")?.contains("không có mục cài đặt") == true)
        try e.apply("user.thuky.roles", "admin")
        try e.apply("user.quantri.roles", "appraiser")
        #expect(e.users.users.map(\.roles) == [["appraiser"], ["admin"]], "another administrator may take over")
    }
}
