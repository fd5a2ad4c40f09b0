// swift-tools-version: 6.0
// SQLiteStore: a `CommunityStore` for PartyBuildingKit that keeps communities in a SQLite database, in
// real tables with columns. It depends on the main package by path and on the system SQLite library.
import PackageDescription

/// Settings every target shares: Swift 6 language mode (strict concurrency) and explicit `any`.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "SQLiteStore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SQLiteStore", targets: ["SQLiteStore"])
    ],
    dependencies: [
        .package(name: "PartyBuildingKit", path: "../..")
    ],
    targets: [
        // The system SQLite library (3.37 or later): `apt install libsqlite3-dev` or `brew install sqlite`.
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .target(
            name: "SQLiteStore",
            dependencies: ["CSQLite", .product(name: "PartyBuilding", package: "PartyBuildingKit")],
            swiftSettings: strictSettings),
        // Release-mode benchmarks: `swift run -c release sqlite-store-benchmarks`.
        .executableTarget(
            name: "sqlite-store-benchmarks",
            dependencies: [
                "SQLiteStore", .product(name: "PartyBuilding", package: "PartyBuildingKit"),
                .product(name: "PartyBuildingSynthetic", package: "PartyBuildingKit"),
            ],
            path: "Sources/SQLiteStoreBenchmarks", swiftSettings: strictSettings),
        .testTarget(
            name: "SQLiteStoreTests",
            dependencies: [
                "SQLiteStore", "CSQLite", "sqlite-store-worker",
                .product(name: "PartyBuilding", package: "PartyBuildingKit"),
                .product(name: "PartyBuildingStoreTesting", package: "PartyBuildingKit"),
            ],
            swiftSettings: strictSettings),
        // A child process the tests spawn: two writers at once, and a save loop killed with SIGKILL.
        .executableTarget(
            name: "sqlite-store-worker",
            dependencies: [
                "SQLiteStore", .product(name: "PartyBuilding", package: "PartyBuildingKit"),
                .product(name: "PartyBuildingStoreTesting", package: "PartyBuildingKit"),
            ],
            path: "Tests/SQLiteStoreWorker", swiftSettings: strictSettings),
    ]
)
