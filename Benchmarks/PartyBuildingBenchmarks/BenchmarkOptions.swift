import Foundation

/// What the benchmark runs, read from the command line.
struct BenchmarkOptions {
    /// Community counts of the formula sweep.
    var formulaSizes = [1_000, 10_000, 100_000, 1_000_000]
    /// Community counts of the synthetic cities audited.
    var citySizes = [1_000, 10_000]
    /// Community counts of the cities whose interchange documents are decoded and encoded.
    var interchangeSizes = [4_802]
    /// Runs of `JSONDecoder` and `JSONEncoder` on the largest interchange document (no warm-up).
    var foundationRuns = 1
    /// Community counts of the cities saved into and loaded from a ``JSONFileStore`` whole.
    var storeCitySizes = [10_000]
    /// The stores the cities are loaded from.
    var stores: Set<StoreKind> = Set(StoreKind.allCases)
    /// Timed runs of each measurement (after one untimed warm-up run).
    var runs = 7
    /// The seed of the streams.
    var seed: UInt64 = 20_110_101

    static let usage = """
        usage: party-building-benchmarks [options]
          Run in release mode: swift run -c release party-building-benchmarks

          --quick            a quick subset: formulas for 1000,10000,100000; cities of 100,1000; 3 runs
          --formulas SIZES   community counts for the seven formulas, comma-separated, or "none"
                             (default 1000,10000,100000,1000000)
          --cities SIZES     community counts of the synthetic cities audited, or "none" (default 1000,10000)
          --interchange SIZES
                             community counts of the cities (with and without their yearly records) whose
                             interchange documents are decoded and encoded, or "none" (default 4802:
                             about 1,000,000 members); JSONDecoder and JSONEncoder run on the same documents
          --foundation-runs N
                             runs of JSONDecoder and JSONEncoder on each document (default 1: minutes each)
          --store-cities SIZES
                             community counts of the cities (without yearly records) saved into a
                             JSONFileStore in one batch and loaded back, and one community saved into it,
                             or "none" (default 10000)
          --stores LIST      stores to save each city to and load it from, and to time saving and loading
                             ~100,000 members in 1,000 communities: memory, json, or none
                             (default memory,json; json writes every community to a temporary directory)
          --runs N           timed runs of each measurement, after a warm-up run (default 7)
          --seed N           the seed of the streams (default 20110101)
          --help             print this text

        Each measurement reports the median and the best of its runs; targets are checked against the median.
        """

    /// Reads the options.
    /// - Throws: ``OptionError`` naming the flag and the value that cannot be used.
    init(arguments: [String]) throws(OptionError) {
        var remaining = arguments[...]
        func value(for flag: String) throws(OptionError) -> String {
            guard let value = remaining.popFirst() else { throw .missingValue(flag) }
            return value
        }
        while let flag = remaining.popFirst() {
            switch flag {
            case "--quick":
                formulaSizes = [1_000, 10_000, 100_000]
                citySizes = [100, 1_000]
                interchangeSizes = [480]
                storeCitySizes = [1_000]
                runs = 3
            case "--formulas": formulaSizes = try Self.sizes(try value(for: flag), flag: flag)
            case "--cities": citySizes = try Self.sizes(try value(for: flag), flag: flag)
            case "--store-cities": storeCitySizes = try Self.sizes(try value(for: flag), flag: flag)
            case "--interchange": interchangeSizes = try Self.sizes(try value(for: flag), flag: flag)
            case "--foundation-runs":
                let text = try value(for: flag)
                guard let count = Int(text), count >= 0 else { throw .badValue(flag, text, "a whole number from 0") }
                foundationRuns = count
            case "--stores":
                let text = try value(for: flag)
                stores = []
                for name in text.split(separator: ",") where text != "none" {
                    guard let kind = StoreKind(rawValue: String(name)) else {
                        throw .badValue(flag, String(name), "memory, json or none")
                    }
                    stores.insert(kind)
                }
            case "--runs":
                let text = try value(for: flag)
                guard let count = Int(text), count >= 1 else { throw .badValue(flag, text, "a whole number from 1") }
                runs = count
            case "--seed":
                let text = try value(for: flag)
                guard let seed = UInt64(text) else { throw .badValue(flag, text, "a whole number from 0") }
                self.seed = seed
            case "--help", "-h": throw .helpRequested
            default: throw .unknownFlag(flag)
            }
        }
    }

    private static func sizes(_ text: String, flag: String) throws(OptionError) -> [Int] {
        if text == "none" { return [] }
        var sizes: [Int] = []
        for part in text.split(separator: ",") {
            guard let size = Int(part), (1...4_194_304).contains(size) else {
                throw .badValue(flag, String(part), "community counts from 1 to 4194304, or none")
            }
            sizes.append(size)
        }
        return sizes
    }
}

/// A store of the library the benchmark can load cities from.
enum StoreKind: String, CaseIterable {
    /// ``InMemoryStore``.
    case memory
    /// ``JSONFileStore`` in a temporary directory.
    case json

    /// The store's type name, as the benchmark prints it.
    var storeName: String {
        switch self {
        case .memory: "InMemoryStore"
        case .json: "JSONFileStore"
        }
    }
}

/// A command line the benchmark cannot run.
enum OptionError: Error, LocalizedError {
    /// `--help` was given.
    case helpRequested
    /// A flag the benchmark does not know.
    case unknownFlag(String)
    /// A flag without its value.
    case missingValue(String)
    /// A flag whose value cannot be used: the flag, the value, what is expected.
    case badValue(String, String, String)

    var errorDescription: String? {
        switch self {
        case .helpRequested: nil
        case .unknownFlag(let flag): "unknown option \(flag)"
        case .missingValue(let flag): "\(flag) needs a value"
        case .badValue(let flag, let value, let expected): "\(flag) \(value): expected \(expected)"
        }
    }
}
