import Foundation
import FuzzSupport
import PartyBuilding

/// The community stored as `a.json` (and staged as `.tmp-crash-0`) before the input is planted.
private let stored: Data = {
    var community = Community(id: "a", name: "社区 a", district: "区", households: 10, residents: 30)
    community.organisations = [PartyOrganisation(id: "P", name: "党支部", form: .branch, headcount: .init(total: 5))]
    guard let data = try? CommunityDataset([community]).encoded(prettyPrinted: false) else {
        fatalError("the seed community cannot be encoded")
    }
    return data
}()

/// The JSON-file store's readers: the input's first byte chooses the file the rest of it becomes in a
/// store holding the record `a.json` and the staged file `.tmp-crash-0`: even, the record `a.json`
/// itself (the record reader); odd, the journal `.journal` of an interrupted batch (the journal reader
/// and the roll-forward it drives).
///
/// The store is then opened and listed, its records read, its stray files named, and a community
/// saved and deleted (a write recovers the directory first); errors are expected, crashes are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStore(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = input(start, count)
    guard let mode = data.first else { return 0 }
    withScratchDirectory { directory in
        do {
            try stored.write(to: directory.appendingPathComponent("a.json"))
            try stored.write(to: directory.appendingPathComponent(".tmp-crash-0"))
            try data.dropFirst().write(to: directory.appendingPathComponent(mode % 2 == 0 ? "a.json" : ".journal"))
        } catch {
            fatalError("cannot plant the input in \(directory.path): \(error)")
        }
        exercise(directory)
    }
    return 0
}

/// Opens the store in `directory` and calls every reading entry point, then a save and a delete.
private func exercise(_ directory: URL) {
    blocking {
        do {
            let store = try JSONFileStore(directory: directory)
            let ids = (try? await store.communityIDs()) ?? []
            _ = try? await store.strayFiles()
            for id in ids + ["a"] {
                do { validateAndAudit(try await store.communities([id])) } catch { _ = "\(error)" }
            }
            do {
                try await store.save([Community(id: "b", name: "社区 b", district: "区")])
                try await store.delete(["b"])
            } catch {
                _ = "\(error)"
            }
        } catch {
            _ = "\(error)"
        }
    }
}
