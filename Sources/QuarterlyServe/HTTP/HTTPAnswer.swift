import Foundation

/// The statuses the preview answers with.
public enum HTTPStatus: Int, Sendable {
    case ok = 200
    case badRequest = 400
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case uriTooLong = 414
    case headerFieldsTooLarge = 431
    case internalServerError = 500
    case serviceUnavailable = 503
    case versionNotSupported = 505

    var reason: String {
        switch self {
        case .ok: "OK"
        case .badRequest: "Bad Request"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .uriTooLong: "URI Too Long"
        case .headerFieldsTooLarge: "Request Header Fields Too Large"
        case .internalServerError: "Internal Server Error"
        case .serviceUnavailable: "Service Unavailable"
        case .versionNotSupported: "HTTP Version Not Supported"
        }
    }
}

/// One answer: a status, a body and its type. Nothing the preview serves is cached.
public struct HTTPAnswer: Sendable {
    public var status: HTTPStatus
    public var contentType: String
    public var body: Data
    /// Headers of its own (`Allow`, `Retry-After`).
    var headers: [(name: String, value: String)] = []

    public init(status: HTTPStatus, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A short plain-text answer, for the front's own errors.
    static func plain(_ status: HTTPStatus, _ text: String, headers: [(String, String)] = []) -> HTTPAnswer {
        var answer = HTTPAnswer(
            status: status, contentType: "text/plain; charset=utf-8", body: Data((text + "\n").utf8))
        answer.headers = headers.map { (name: $0.0, value: $0.1) }
        return answer
    }

    /// The bytes sent: to `HEAD`, the same headers as to `GET` (the body's length too)
    /// without the body.
    func bytes(forHEAD head: Bool, keepAlive: Bool) -> Data {
        var text = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        text += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        var data = Data(text.utf8)
        if !head { data.append(body) }
        return data
    }
}
