public enum DVKMain { public static func run() {} }
