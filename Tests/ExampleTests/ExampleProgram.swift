import Foundation

/// An example program that SwiftPM builds next to the test bundle, run with arguments from the
/// repository's root, its standard output and exit status returned.
struct ExampleProgram {
    let name: String

    /// The repository's root: examples read data files by paths relative to it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the program and waits for it, in this process's environment without its locale (so that
    /// the examples' default language is Chinese) and with `environment` added.
    /// - Throws: ``NotBuilt`` when the program is not next to the test bundle.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let (status, output, errors) = try runForData(arguments, environment: environment)
        return (status, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    /// Runs the program as ``run(_:environment:)`` does, returning its output as bytes.
    func runForData(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: Data, errors: Data
    ) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { $1 }
        process.currentDirectoryURL = Self.repositoryRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outputData, errorData)
    }

    /// The built program: found by walking up from the test bundle through the build directory,
    /// whatever its `--scratch-path`.
    private func executable() throws -> URL {
        let starts =
            [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            + Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        for start in starts {
            var directory = start
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw NotBuilt(name: name)
    }

    /// The program was not found next to the test bundle.
    struct NotBuilt: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) was not found next to the test bundle; build it with `swift build`" }
    }
}
