import Foundation
import PartyBuilding
import PartyBuildingReports

/// An example program: its name and help text, and the run that every example shares — read the
/// options, load the data, render, write, and exit with a documented status.
///
/// Exit statuses: `0` done; `1` done, and a finding at least as severe as `--fail-on` was reported;
/// `2` bad usage or bad input (nothing is audited, nothing is written).
public struct ExampleCommand: Sendable {
    /// The program's name, as `swift run` takes it.
    public let name: String
    /// The whole `--help` text.
    public let help: String

    /// A command with its help text; the options every example shares and the exit statuses are
    /// appended to `help` (``commonHelp``).
    public init(name: String, help: String) {
        self.name = name
        self.help = help + "\n\n" + Self.commonHelp
    }

    /// The options and exit statuses every example documents.
    public static let commonHelp = """
        common options:
          FILE                     a data file: a CSV table (Documentation/DataFiles.md) or the JSON
                                   interchange format; without one, the built-in sample
          --format FORMAT          text, json, csv, markdown or html (default text)
          --lang zh|en             the language (default from the locale: zh* Chinese, en* English,
                                   Chinese when unset)
          --output FILE, -o FILE   write the report to FILE instead of the standard output
          --date YYYY-MM-DD        the audit date
          --packs ID,ID            the policy packs (default SZ2011,NAT; also ST, MY, DG)
          --encoding ENCODING      a CSV file's encoding: auto (default), utf8 or gb18030
          --fail-on SEVERITY       exit 1 when a finding this severe is reported: violation, or warning
                                   (warnings and violations); the views judge their own rules only
          --help, -h               print this text

        exit status: 0 done; 1 a finding at --fail-on or worse; 2 bad usage or bad input
        """

    /// Reads the options, runs `body` and exits with the status it returns; `--help` prints
    /// ``help`` and exits 0; an ``ExampleError`` prints its message (in the chosen language where it
    /// has one) and exits 2.
    public func run(
        own: (String, inout ArgumentList) throws(ExampleError) -> Bool = { _, _ in false },
        body: (ExampleOptions) async throws(ExampleError) -> Int32
    ) async -> Never {
        let options: ExampleOptions
        do {
            options = try ExampleOptions.parse(Array(CommandLine.arguments.dropFirst()), command: self, own: own)
        } catch .help {
            print(help)
            exit(0)
        } catch {
            fail(error, help: true)
        }
        do {
            exit(try await body(options))
        } catch {
            fail(error, help: false)
        }
    }

    /// Prints `error` to the standard error, with the usage for a usage error, and exits 2.
    private func fail(_ error: ExampleError, help: Bool) -> Never {
        var text = "\(name): \(error.message)\n"
        if help, case .usage = error { text += "\n\(self.help)\n" }
        FileHandle.standardError.write(Data(text.utf8))
        exit(2)
    }
}

/// Why an example stops before its report.
public enum ExampleError: Error, Sendable {
    /// `--help` was given.
    case help
    /// The command line cannot be used: what is wrong.
    case usage(String)
    /// The data cannot be used: the message, already in the chosen language (every bad cell of a CSV
    /// file, a missing file, a record that does not validate).
    case input(String)

    /// The text printed for the error.
    public var message: String {
        switch self {
        case .help: "--help"
        case .usage(let text), .input(let text): text
        }
    }
}
