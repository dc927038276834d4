// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Quarterly",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quarterly", targets: ["quarterly"]),
        // For the fuzz package in Fuzz/, which builds the loader with libFuzzer.
        .library(name: "QuarterlyContent", targets: ["QuarterlyContent", "QuarterlyModel"]),
        // For the fuzz target, which renders every body the loader accepts.
        .library(name: "QuarterlyMarkdown", targets: ["QuarterlyMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // cmark-gfm from the system (Debian libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // A per-thread arena allocator for cmark-gfm: one Markdown text's memory dropped at once.
        .target(name: "CMarkArena"),
        // The domain: plans, outcomes, actions, measures, quarters and their rules. No HTML, no files.
        .target(name: "QuarterlyModel"),
        // What the one binary carries so that it works alone after an install: templates/ (the
        // default templates and assets), starter/ (the site `quarterly init` writes) and VERSION
        // with the commit, embedded at build time by the EmbedBuiltins plugin.
        .target(name: "QuarterlyBuiltins", exclude: ["templates", "starter"], plugins: ["EmbedBuiltins"]),
        .plugin(name: "EmbedBuiltins", capability: .buildTool()),
        // Files on disk → front matter → validated content graph, with diagnostics.
        .target(
            name: "QuarterlyContent",
            dependencies: ["QuarterlyModel", "CZlib", .product(name: "Yams", package: "Yams")]
        ),
        // Markdown → HTML through cmark-gfm in safe mode. A module of its own: the fuzz
        // target renders bodies with it without building the templates and pages.
        .target(name: "QuarterlyMarkdown", dependencies: ["QuarterlyModel", "CMarkGFM", "CMarkArena"]),
        // Content graph → HTML pages (Mustache view models) and open data. No files on disk.
        .target(
            name: "QuarterlyRender",
            dependencies: [
                "QuarterlyModel", "QuarterlyMarkdown", "QuarterlySpreadsheet",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // zlib from the system (Debian zlib1g-dev), for the ZIP packages spreadsheets are.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Spreadsheets (.xlsx) written and read: workbooks of typed cells, the OOXML parts,
        // zipped. Knows nothing of councils.
        .target(name: "QuarterlySpreadsheet", dependencies: ["CZlib"]),
        // glibc's malloc.h (part of libc6-dev), for how the build takes its memory.
        .systemLibrary(name: "CMalloc"),
        // The named build steps, timing, and the atomic write of the output folder.
        .target(
            name: "QuarterlyBuild",
            dependencies: ["QuarterlyModel", "QuarterlyContent", "QuarterlyRender", "QuarterlyBuiltins", "CMalloc"]
        ),
        // The officer's commands that write content: a new quarter's scaffold, a spreadsheet's figures.
        .target(
            name: "QuarterlyAuthoring",
            dependencies: [
                "QuarterlyModel", "QuarterlyContent", "QuarterlyBuiltins", "QuarterlySpreadsheet",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // `quarterly serve`: preview with drafts on 127.0.0.1, rebuilt as files change, through
        // its own small HTTP/1.1 front (POSIX sockets, limits on every client).
        .target(
            name: "QuarterlyServe",
            dependencies: ["QuarterlyModel", "QuarterlyContent", "QuarterlyRender", "QuarterlyBuild"]
        ),
        .executableTarget(
            name: "quarterly",
            dependencies: [
                "QuarterlyBuild", "QuarterlyAuthoring", "QuarterlyServe", "QuarterlyBuiltins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Tests: one target per module, through its public (and package) API, and one for
        // the whole pipeline: content folder in, built site out. Fixtures live in Tests/Fixtures.
        .target(
            name: "QuarterlyTestSupport",
            dependencies: ["QuarterlyModel", "QuarterlyContent", "QuarterlyBuild"],
            path: "Tests/QuarterlyTestSupport"
        ),
        .testTarget(name: "QuarterlyModelTests", dependencies: ["QuarterlyModel", "QuarterlyTestSupport"]),
        .testTarget(name: "QuarterlySpreadsheetTests", dependencies: ["QuarterlySpreadsheet", "QuarterlyTestSupport"]),
        .testTarget(
            name: "QuarterlyContentTests",
            dependencies: [
                "QuarterlyContent", "QuarterlyModel", "QuarterlyBuild", "QuarterlyRender", "QuarterlyTestSupport",
            ]
        ),
        .testTarget(
            name: "QuarterlyRenderTests",
            dependencies: [
                "QuarterlyRender", "QuarterlyMarkdown", "QuarterlyModel", "QuarterlyContent", "QuarterlyBuild",
                "QuarterlyTestSupport",
            ]
        ),
        .testTarget(
            name: "QuarterlyBuildTests",
            dependencies: ["QuarterlyBuild", "QuarterlyBuiltins", "QuarterlyModel", "QuarterlyTestSupport"]
        ),
        .testTarget(
            name: "QuarterlyAuthoringTests",
            dependencies: [
                "QuarterlyAuthoring", "QuarterlyModel", "QuarterlyContent", "QuarterlySpreadsheet",
                "QuarterlyTestSupport",
            ]
        ),
        .testTarget(
            name: "QuarterlyServeTests",
            dependencies: [
                "QuarterlyServe", "QuarterlyBuiltins", "QuarterlyModel", "QuarterlyContent", "QuarterlyRender",
                "QuarterlyBuild", "QuarterlyTestSupport",
            ]
        ),
        .testTarget(name: "QuarterlyCLITests", dependencies: ["quarterly", "QuarterlyModel", "QuarterlyTestSupport"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "QuarterlyModel", "QuarterlyContent", "QuarterlyMarkdown", "QuarterlyRender", "QuarterlyBuild",
                "QuarterlyTestSupport",
            ]
        ),
    ]
)
