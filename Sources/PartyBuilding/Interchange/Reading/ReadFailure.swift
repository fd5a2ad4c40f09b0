/// Why a reader of the interchange format stopped, and where: the problem, the path of keys and
/// indices from the value that failed out to the document's root, and the byte offset.
struct ReadFailure: Error {
    /// A step of a path into the document.
    enum Step {
        /// A key of an object.
        case key(String)
        /// An index of an array.
        case index(Int)
    }

    /// What is wrong.
    var problem: InterchangeError.Problem
    /// The steps from the failing value outwards (innermost first).
    var reversedPath: [Step] = []
    /// The byte offset in the document where the failing value starts.
    var offset: Int

    /// A failure at `offset`.
    init(_ problem: InterchangeError.Problem, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    /// Whether the document is not well-formed JSON (rather than JSON that is not a valid dataset).
    var isSyntax: Bool {
        if case .notJSON = problem { true } else { false }
    }

    /// The same failure one step further out. A syntax error keeps no path: it is at a line and column.
    func inside(_ step: Step) -> ReadFailure {
        guard !isSyntax else { return self }
        var failure = self
        failure.reversedPath.append(step)
        return failure
    }

    /// The path as text from the root: `communities[0].members[3].birthDate`.
    var field: String? {
        guard !reversedPath.isEmpty else { return nil }
        var text = ""
        for step in reversedPath.reversed() {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : "." + key
            }
        }
        return text
    }
}
