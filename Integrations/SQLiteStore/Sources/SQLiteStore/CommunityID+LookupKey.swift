import Foundation
import PartyBuilding

extension Identifier where Entity == Community {
    /// The text a ``SQLiteStore`` finds the community by: the ID in Unicode Normalization Form C.
    ///
    /// Swift compares strings by canonical equivalence (`"é" == "e\u{301}"`), so two IDs that are
    /// equal in Swift must find the same row; the ID as saved is kept in its own column.
    var lookupKey: String {
        rawValue.utf8.allSatisfy { $0 < 0x80 } ? rawValue : rawValue.precomposedStringWithCanonicalMapping
    }
}
