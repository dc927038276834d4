/// What a request's head says, as far as the preview needs: `GET` or `HEAD`, the path,
/// and whether the connection stays open. The preview reads no request bodies.
package struct HTTPRequestHead: Equatable {
    package let isHEAD: Bool
    /// The target's path, percent-encoded as sent, without its query.
    package let path: String
    package let keepAlive: Bool

    package init(isHEAD: Bool, path: String, keepAlive: Bool) {
        self.isHEAD = isHEAD
        self.path = path
        self.keepAlive = keepAlive
    }

    /// How far a head has arrived in a buffer.
    package enum Progress: Equatable {
        case incomplete
        /// The head is `buffer[..<end]`.
        case complete(end: Int)
        case refused(HTTPStatus)
    }

    /// Finds the blank line that ends a head as its bytes come in, checking the limits on
    /// the way, and looking at each byte once however slowly they arrive.
    package struct Scanner {
        private var scanned = 0
        private var requestLineEnd: Int?
        let limits: HTTPLimits

        package init(limits: HTTPLimits) {
            self.limits = limits
        }

        package mutating func progress(in buffer: [UInt8]) -> Progress {
            let lineFeed = UInt8(ascii: "\n")
            let carriageReturn = UInt8(ascii: "\r")
            while scanned < buffer.count {
                let index = scanned
                scanned += 1
                guard buffer[index] == lineFeed else { continue }
                if requestLineEnd == nil {
                    requestLineEnd = index
                    if index > limits.requestLine { return .refused(.uriTooLong) }
                }
                // A line feed after an empty line (bare, or CR LF) ends the head.
                let afterEmptyLine =
                    (index >= 1 && buffer[index - 1] == lineFeed)
                    || (index >= 2 && buffer[index - 1] == carriageReturn && buffer[index - 2] == lineFeed)
                if afterEmptyLine {
                    return index + 1 > limits.head ? .refused(.headerFieldsTooLarge) : .complete(end: index + 1)
                }
            }
            if requestLineEnd == nil, buffer.count > limits.requestLine { return .refused(.uriTooLong) }
            return buffer.count > limits.head ? .refused(.headerFieldsTooLarge) : .incomplete
        }
    }

    /// Reads a whole head; a malformed one gives the status to refuse it with.
    package static func parse(_ bytes: ArraySlice<UInt8>) -> Result<HTTPRequestHead, HTTPRefusal> {
        // Split as bytes: as a String, CR LF would be one character.
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        let parts = (lines.first ?? "").split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .failure(HTTPRefusal(.badRequest)) }
        var keepAlive: Bool
        switch parts[2] {
        case "HTTP/1.1": keepAlive = true
        case "HTTP/1.0": keepAlive = false
        case let version where version.hasPrefix("HTTP/"): return .failure(HTTPRefusal(.versionNotSupported))
        default: return .failure(HTTPRefusal(.badRequest))
        }
        var hasBody = false
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { return .failure(HTTPRefusal(.badRequest)) }
            let value = line[line.index(after: colon)...].trimmingSpaces.lowercased()
            switch line[..<colon].lowercased() {
            case "connection":
                let tokens = value.split(separator: ",").map(\.trimmingSpaces)
                if tokens.contains("close") { keepAlive = false }
                if tokens.contains("keep-alive") { keepAlive = true }
            case "content-length": hasBody = hasBody || value != "0"
            case "transfer-encoding": hasBody = true
            default: break
            }
        }
        // A body is never read, so the connection cannot be used again after it.
        if hasBody { keepAlive = false }
        guard parts[0] == "GET" || parts[0] == "HEAD" else {
            return .failure(HTTPRefusal(.methodNotAllowed, headers: [("Allow", "GET, HEAD")]))
        }
        guard let path = Self.path(of: parts[1]) else { return .failure(HTTPRefusal(.badRequest)) }
        return .success(HTTPRequestHead(isHEAD: parts[0] == "HEAD", path: path, keepAlive: keepAlive))
    }

    /// `/a/b?q` → `/a/b`; `http://host/a/b` → `/a/b`; nil for anything else.
    package static func path(of target: Substring) -> String? {
        var rest = target
        for scheme in ["http://", "https://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        guard rest.hasPrefix("/") else { return nil }
        return String(rest.prefix { $0 != "?" && $0 != "#" })
    }
}

/// A request the front answers itself, with this status, and then closes.
package struct HTTPRefusal: Error, Equatable {
    let status: HTTPStatus
    var headers: [(String, String)] = []

    init(_ status: HTTPStatus, headers: [(String, String)] = []) {
        self.status = status
        self.headers = headers
    }

    var answer: HTTPAnswer { .plain(status, "\(status.rawValue) \(status.reason)", headers: headers) }

    package static func == (a: HTTPRefusal, b: HTTPRefusal) -> Bool {
        a.status == b.status && a.headers.map(\.0) == b.headers.map(\.0) && a.headers.map(\.1) == b.headers.map(\.1)
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: Substring {
        let text = self[...]
        let start = text.firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
        let end = text.lastIndex { $0 != " " && $0 != "\t" }.map { text.index(after: $0) } ?? start
        return Substring(text[start..<Swift.max(start, end)])
    }
}
