// The main example: audits built-in sample communities against the Suzhou opinion (SZ2011) and prints
// a readable report. Run it with `swift run audit-sample`; `--help` lists the options.
import Foundation
import PartyBuilding
import PartyBuildingSynthetic

let options: AuditSampleOptions
do {
    options = try AuditSampleOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(
        Data("audit-sample: \(error.localizedDescription)\n\n\(AuditSampleOptions.usage)\n".utf8))
    exit(2)
}
if options.showHelp {
    print(AuditSampleOptions.usage)
    exit(0)
}

if options.listRules {
    do {
        print(RuleCatalogPrinter().render(try RuleRegistry(packs: PolicyPack.catalog), packs: PolicyPack.catalog))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("audit-sample: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}

let communities: [Community]
if let path = options.dataPath {
    do {
        communities = try CommunityDataset.load(contentsOf: URL(fileURLWithPath: path), encoding: options.encoding)
            .communities
    } catch {
        FileHandle.standardError.write(Data("audit-sample: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
} else {
    communities = SampleCommunities.all
}
do {
    let report = try await Auditor(packs: PolicyPack.builtIn).audit(communities, on: options.date)
    if options.json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    } else {
        print(ReportPrinter(language: options.language).render(report, communities: communities))
    }
} catch {
    FileHandle.standardError.write(Data("audit-sample: \(error.localizedDescription)\n".utf8))
    exit(1)
}
