import DVKCore
#if canImport(Glibc)
import Glibc
#endif

/// Who is acting: the operating-system user, or `DVK_USER` where `users.json` allows it.
public enum UserIdentity {
    /// The login of the process's effective user (`getpwuid`), falling back to `$USER`.
    public static func systemLogin(environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"] ?? "unknown"
    }

    /// The acting user for this configuration: `DVK_USER` when set and allowed, otherwise the
    /// system login. A set but forbidden `DVK_USER` is refused, never silently ignored.
    public static func actor(users: UsersConfig, environment: [String: String]) throws -> Actor {
        if let requested = environment["DVK_USER"], !requested.isEmpty {
            guard users.allowEnvironmentUser else { throw IdentityError.environmentUserNotAllowed(requested) }
            return users.actor(login: requested)
        }
        return users.actor(login: systemLogin(environment: environment))
    }
}

/// A refused choice of acting user.
public enum IdentityError: Error, Sendable, Equatable {
    case environmentUserNotAllowed(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.environmentUserNotAllowed(let login), .vi):
            return "DVK_USER=\(login) bị từ chối: cấu hình (config/users.json, allowEnvironmentUser) không cho phép chọn người dùng qua biến môi trường"
        case (.environmentUserNotAllowed(let login), .en):
            return "DVK_USER=\(login) refused: the configuration (config/users.json, allowEnvironmentUser) does not allow choosing the user by environment variable"
        }
    }
}
