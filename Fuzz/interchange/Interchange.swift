import FuzzSupport
import PartyBuilding

/// The interchange reader: the input is a data file in the interchange format (any schema version).
///
/// A dataset that decodes must encode and decode back to itself (the format loses nothing), and its
/// communities are validated and audited as a program would after reading the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterchange(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = input(start, count)
    let dataset: CommunityDataset
    do {
        dataset = try CommunityDataset.decode(data, file: "fuzz.json")
    } catch {
        _ = error.description
        return 0
    }
    do {
        let again = try CommunityDataset.decode(try dataset.encoded(prettyPrinted: false))
        precondition(again == dataset, "a dataset read from a file does not read back the same after writing it")
    } catch {
        preconditionFailure("a dataset read from a file cannot be written and read back: \(error)")
    }
    validateAndAudit(dataset.communities)
    return 0
}
