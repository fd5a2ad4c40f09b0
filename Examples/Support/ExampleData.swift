import Foundation
import PartyBuilding
import PartyBuildingReports

extension ExampleOptions {
    /// The communities of the data file, or `sample` when none was given, with a name for the source.
    ///
    /// A CSV file is read to its end and every bad cell is reported at once, in the chosen language;
    /// a missing or unreadable file says so.
    /// - Throws: ``ExampleError/input(_:)``.
    public func communities(sample: () -> [Community]) throws(ExampleError) -> (
        communities: [Community], source: String
    ) {
        guard let path = dataPath else { return (sample(), language == .chinese ? "内置示例" : "the built-in sample") }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .input(language == .chinese ? "文件“\(path)”不存在" : "\(path): no such file")
        }
        guard !isDirectory.boolValue else {
            throw .input(language == .chinese ? "“\(path)”是目录，不是数据文件" : "\(path) is a folder, not a data file")
        }
        do {
            return (try CommunityDataset.load(contentsOf: url, encoding: encoding).communities, path)
        } catch let error as CommunityTableError {
            throw .input(error.message(language))
        } catch {
            throw .input(error.localizedDescription)
        }
    }

    /// Writes a report in the chosen format to `--output` or the standard output.
    /// - Throws: ``ExampleError/input(_:)`` when the file cannot be written.
    public func write(_ document: ReportDocument) throws(ExampleError) {
        try write(format.render(document, language: language))
    }

    /// Writes bytes already rendered to `--output` or the standard output.
    /// - Throws: ``ExampleError/input(_:)`` when the file cannot be written.
    public func write(_ data: Data) throws(ExampleError) {
        guard let outputPath else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try data.write(to: URL(fileURLWithPath: outputPath), options: .atomic) } catch {
            throw .input(
                language == .chinese
                    ? "无法写入“\(outputPath)”：\(error.localizedDescription)"
                    : "\(outputPath) cannot be written: \(error.localizedDescription)")
        }
    }

    /// The exit status for findings: 1 when `--fail-on` is given and a finding is at least that severe.
    public func exitStatus(for findings: some Sequence<Finding>) -> Int32 {
        guard let failOn else { return 0 }
        return findings.contains { $0.severity <= failOn } ? 1 : 0
    }

    /// The exit status for the findings of `rules` about `communities` on `date`: the audit runs only
    /// when `--fail-on` is given, so that a view (funds, space, workforce) fails a script when its own
    /// rules find something that severe.
    public func exitStatus(
        of rules: Set<RuleID>, auditing communities: [Community], on date: CalendarDate
    ) async throws(ExampleError) -> Int32 {
        guard failOn != nil else { return 0 }
        let report = try await audit(communities, on: date)
        return exitStatus(for: report.findings.lazy.filter { rules.contains($0.ruleID) })
    }

    /// Runs an audit, as a usage or input error when the records cannot be audited.
    public func audit(
        _ communities: [Community], on date: CalendarDate, scenario: Scenario? = nil
    ) async throws(ExampleError) -> AuditReport {
        do {
            return try await Auditor(packs: try packs(), scenario: scenario).audit(communities, on: date)
        } catch let error as ExampleError {
            throw error
        } catch {
            throw .input(error.localizedDescription)
        }
    }
}
