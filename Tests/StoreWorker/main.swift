// store-worker: a child process that the JSONFileStore tests start, to write one store from several
// processes at once and to be killed with SIGKILL in the middle of a stream of saves.
//
//   store-worker contend <directory> <tag> <count>
//       `count` times: appends the member `<tag>-<i>` to the stored community `shared` with
//       `JSONFileStore.update`, and saves the community `<tag>-<i>`. Prints `done` at the end.
//   store-worker save-loop <directory> <prefix>
//       Saves until killed: the community `<prefix>-<i>` alone, or every third time the batch
//       `<prefix>-<i>-a`, `-b`, `-c`. After each save returns, prints the IDs it stored on one line,
//       separated by spaces, with one unbuffered write.
//
// The content of every community it saves follows from its ID (see `workerCommunity`); the tests
// build the same communities to compare what they read back.
import Foundation
import PartyBuilding

/// The community the worker saves under `id`: its name and members follow from the ID.
func workerCommunity(_ id: String) -> Community {
    var community = Community(id: CommunityID(id), name: "社区 \(id)", district: "区")
    community.organisations = [PartyOrganisation(id: "P", name: "党支部", form: .branch)]
    community.members = (0..<(id.utf8.count % 7 + 1)).map {
        Member(id: MemberID("M-\($0)"), name: "\(id) 党员 \($0)", organisationID: "P")
    }
    return community
}

/// Writes a line to standard output at once, without buffering.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Stops with a message on standard error and exit status 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("store-worker: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else { fail("usage: store-worker contend|save-loop <directory> …") }
do {
    let store = try JSONFileStore(directory: URL(fileURLWithPath: arguments[2]))
    switch arguments[1] {
    case "contend":
        guard arguments.count == 5, let count = Int(arguments[4]) else { fail("contend <directory> <tag> <count>") }
        let tag = arguments[3]
        for index in 0..<count {
            try await store.update("shared") {
                $0.members.append(Member(id: MemberID("\(tag)-\(index)"), name: tag, organisationID: "P"))
            }
            try await store.save(workerCommunity("\(tag)-\(index)"))
        }
        say("done")
    case "save-loop":
        let prefix = arguments[3]
        var index = 0
        while true {
            let ids = index % 3 == 2 ? ["a", "b", "c"].map { "\(prefix)-\(index)-\($0)" } : ["\(prefix)-\(index)"]
            try await store.save(ids.map(workerCommunity))
            say(ids.joined(separator: " "))
            index += 1
        }
    default:
        fail("unknown command \(arguments[1])")
    }
} catch {
    fail("\(error)")
}
