import QuarterlyModel

/// A catalogue sentence with links in it, as HTML: the sentence's words escaped, each link
/// put in whole where its `{placeholder}` is. One string per sentence, so a translation
/// can move the link to wherever its language puts it.
extension Catalogue {
    func linkedSentence(_ key: String, _ arguments: [String: MessageArgument]) -> String {
        text(Message(key, arguments), escaping: HTMLText.escape)
    }

    /// A link whose words are the catalogue's `key` (or `message`), for a `{placeholder}`
    /// of `linkedSentence`; `download` marks a file to save rather than open.
    func link(_ url: String, _ message: Message, download: Bool = false) -> MessageArgument {
        .markup(
            "<a href=\"\(HTMLText.escape(url))\"\(download ? " download" : "")>"
                + HTMLText.escape(text(message)) + "</a>")
    }

    func link(_ url: String, _ key: String, download: Bool = false) -> MessageArgument {
        link(url, Message(key), download: download)
    }
}

extension MessageArgument {
    /// A link whose words are given (a title, words already taken from the catalogue),
    /// for `linkedSentence`.
    static func link(_ url: String, words: String) -> MessageArgument { .markup(linkMarkup(url, words: words)) }

    static func linkMarkup(_ url: String, words: String) -> String {
        "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(words))</a>"
    }
}
