// A child process for the SQLiteStore tests: saves communities one transaction at a time.
//
//     sqlite-store-worker <database> <id-prefix> <count>
//
// Saves `ConformanceFixtures.variant(i, id: "<prefix>-<i>")` for i in 0..<count, one save each; a
// negative count saves until the process is killed. Exits 1 with the error on the first failure.
import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: sqlite-store-worker <database> <id-prefix> <count>\n".utf8))
    exit(2)
}
let prefix = arguments[2]
do {
    let store = try SQLiteStore(path: arguments[1], busyTimeout: .seconds(60))
    var index = 0
    while count < 0 || index < count {
        try await store.save(ConformanceFixtures.variant(index, id: CommunityID("\(prefix)-\(index)")))
        index += 1
    }
} catch {
    FileHandle.standardError.write(Data("sqlite-store-worker: \(error)\n".utf8))
    exit(1)
}
