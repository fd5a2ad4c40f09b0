import Foundation
import FuzzSupport
import PartyBuilding

/// The community table reader: the input is the bytes of a data file, read in each text encoding
/// (automatic, UTF-8 with or without a byte-order mark, GB18030) through the loader the examples use
/// (`CommunityDataset.load`, which reads a `.csv` file as a table).
///
/// Every error is rendered in both languages (the messages quote cells and name columns), and the
/// communities of a table that reads are validated and audited.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = input(start, count)
    withScratchDirectory { directory in
        let file = directory.appendingPathComponent("table.csv")
        guard (try? data.write(to: file)) != nil else { fatalError("cannot write the input to \(file.path)") }
        for encoding in TextEncoding.allCases {
            do {
                validateAndAudit(try CommunityDataset.load(contentsOf: file, encoding: encoding).communities)
            } catch let error as CommunityTableError {
                for language in Language.allCases { _ = error.message(language) }
            } catch {
                _ = error.localizedDescription
            }
        }
    }
    return 0
}
