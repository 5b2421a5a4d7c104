// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Trygg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trygg", targets: ["trygg"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // Already in the graph through Hummingbird and postgres-nio; named for the SMTP client's TLS.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // Domain values, rules and text: no web framework, no ORM.
        .target(name: "TryggCore"),
        // Fluent models, migrations and queries over SQLite or PostgreSQL.
        .target(
            name: "TryggStore",
            dependencies: [
                "TryggCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The Hummingbird application: pages, JSON API, sessions.
        .target(
            name: "TryggWeb",
            dependencies: [
                "TryggCore",
                "TryggStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Templates"), .copy("Strings"), .copy("Static")]
        ),
        .executableTarget(
            name: "trygg",
            dependencies: [
                "TryggCore",
                "TryggStore",
                "TryggWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints measured figures; run with `swift run -c release trygg-bench`.
        .executableTarget(name: "trygg-bench", dependencies: ["TryggCore"]),
        .testTarget(name: "TryggCoreTests", dependencies: ["TryggCore"]),
        // Shared by the storage and web tests: a fresh database on each engine per test.
        .target(name: "TryggTesting", dependencies: ["TryggStore"], path: "Tests/TryggTesting"),
        .testTarget(name: "TryggStoreTests", dependencies: ["TryggStore", "TryggTesting"]),
        .testTarget(
            name: "TryggWebTests",
            dependencies: [
                "TryggWeb",
                "TryggTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
