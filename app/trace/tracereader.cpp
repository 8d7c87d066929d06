#include "tracereader.h"

#include "core/headerfields.h"

#include <QLatin1String>

#include <algorithm>
#include <climits>
#include <functional>

using namespace TraceBytes;

namespace {

// Beyond this many distinct strings (a hostile input), new ones are no longer shared.
constexpr size_t MaximumSharedStrings = 100000;
constexpr QByteArrayView sipVersion = "SIP/2.0";

std::string_view stringView(QByteArrayView bytes)
{
    return {bytes.data(), size_t(bytes.size())};
}

QByteArrayView byteView(const std::string &text)
{
    return {text.data(), qsizetype(text.size())};
}

// Equal but for the digits, which may differ: a time stamp ticks on between the lines of one
// message.
bool sameShape(QByteArrayView line, QByteArrayView prefix)
{
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (line[i] != prefix[i] && !(isDigit(line[i]) && isDigit(prefix[i])))
            return false;
    }
    return true;
}

// tshark's "    Request-Line: INVITE ..." or "    Status-Line: SIP/2.0 ...": the text after the
// label.
bool tsharkStartText(QByteArrayView line, QByteArrayView *text)
{
    const qsizetype indent = indentOf(line);
    if (indent == 0)
        return false;
    const QByteArrayView rest = line.sliced(indent);
    for (const QByteArrayView label :
         {QByteArrayView("Request-Line: "), QByteArrayView("Status-Line: ")}) {
        if (rest.startsWith(label)) {
            *text = rest.sliced(label.size());
            return true;
        }
    }
    return false;
}

enum class Field {
    Other,
    CallId,
    CSeq,
    Via,
    From,
    To,
    ContentLength,
    ContentType,
    Reason,
    Warning,
    RetryAfter,
    Credentials
};

Field fieldOf(QByteArrayView name)
{
    switch (name.size()) {
    case 1:
        switch (toLower(name[0])) {
        case 'i':
            return Field::CallId;
        case 'v':
            return Field::Via;
        case 'f':
            return Field::From;
        case 't':
            return Field::To;
        case 'l':
            return Field::ContentLength;
        case 'c':
            return Field::ContentType;
        default:
            return Field::Other;
        }
    case 2:
        return equalsIgnoringCase(name, "to") ? Field::To : Field::Other;
    case 3:
        return equalsIgnoringCase(name, "via") ? Field::Via : Field::Other;
    case 4:
        if (equalsIgnoringCase(name, "cseq"))
            return Field::CSeq;
        return equalsIgnoringCase(name, "from") ? Field::From : Field::Other;
    case 6:
        return equalsIgnoringCase(name, "reason") ? Field::Reason : Field::Other;
    case 7:
        if (equalsIgnoringCase(name, "call-id"))
            return Field::CallId;
        return equalsIgnoringCase(name, "warning") ? Field::Warning : Field::Other;
    case 11:
        return equalsIgnoringCase(name, "retry-after") ? Field::RetryAfter : Field::Other;
    case 12:
        return equalsIgnoringCase(name, "content-type") ? Field::ContentType : Field::Other;
    case 13:
        return equalsIgnoringCase(name, "authorization") ? Field::Credentials : Field::Other;
    case 14:
        return equalsIgnoringCase(name, "content-length") ? Field::ContentLength : Field::Other;
    case 19:
        return equalsIgnoringCase(name, "proxy-authorization") ? Field::Credentials : Field::Other;
    default:
        return Field::Other;
    }
}

// The tag of a From or To value, looked for after the name-addr so that URI parameters do not
// count.
QByteArrayView tagOf(QByteArrayView value)
{
    const qsizetype close = value.lastIndexOf('>');
    return parameter(close >= 0 ? value.sliced(close + 1) : value, "tag");
}

} // namespace

size_t TraceReader::Hash::operator()(std::string_view text) const noexcept
{
    return std::hash<std::string_view>{}(text);
}

TraceReader::TraceReader(const TraceParserOptions &options) : m_options(options)
{
    m_phrases.resize(600);
    m_phraseKnown.resize(600);
}

void TraceReader::addLine(QByteArrayView line, qint64 offset, qint64 end)
{
    if (m_full)
        return;
    while (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    switch (m_state) {
    case State::Idle:
        idle(line, offset, end);
        break;
    case State::Candidate:
        candidate(line, offset, end);
        break;
    case State::Headers:
    case State::Body:
        messageLine(line, offset, end);
        break;
    case State::TsharkStart:
    case State::TsharkHeaders:
        tsharkLine(line, offset, end);
        break;
    }
}

void TraceReader::finish()
{
    if (m_state == State::Candidate)
        m_state = State::Idle;
    else if (m_state != State::Idle)
        finishMessage();
}

Trace TraceReader::takeTrace()
{
    // What only reading needed goes before the analysis allocates its own.
    decltype(m_callIndex)().swap(m_callIndex);
    std::vector<CallStrings>().swap(m_callStrings);
    StringTable().swap(m_shared);
    std::string().swap(m_scratch);
    std::string().swap(m_unescaped);
    return std::move(m_trace);
}

void TraceReader::idle(QByteArrayView line, qint64 offset, qint64 end)
{
    const bool mentionsSip = find(line, sipVersion) >= 0;
    if (mentionsSip && !m_inEscaped) {
        if (const Escape escape = escapeOf(line); escape != Escape::None) {
            escapedLine(line, escape, offset, end);
            m_previousTime.clear();
            return;
        }
    }
    if (tsharkFrameLine(line)) {
        m_previousTime.clear();
        return;
    }
    if (TraceFraming::read(line, &m_readFrame)) {
        const std::string_view stamp = stringView(leadingTimestamp(line));
        std::swap(m_frame, m_readFrame);
        if (m_frame.time.empty())
            m_frame.time.assign(stamp.empty() ? std::string_view(m_previousTime) : stamp);
        m_hasFrame = true;
        m_previousTime.assign(stamp);
        return;
    }
    if (mentionsSip) {
        QByteArrayView text;
        TraceBytes::StartLine start;
        if (tsharkStartText(line, &text) && findStartLine(text, &start)) {
            m_tsharkIndent = indentOf(line);
            begin(start, {}, offset, end, {}, false);
            m_state = State::TsharkStart;
            return;
        }
        if (findStartLine(line, &start)) {
            m_candidateLine.assign(stringView(line));
            m_candidateTime = m_previousTime;
            m_candidateOffset = offset;
            m_candidateEnd = end;
            m_state = State::Candidate;
            return;
        }
    }
    m_previousTime.assign(stringView(leadingTimestamp(line)));
}

void TraceReader::candidate(QByteArrayView line, qint64 offset, qint64 end)
{
    const QByteArrayView startText = byteView(m_candidateLine);
    TraceBytes::StartLine start;
    findStartLine(startText, &start);
    const QByteArrayView prefix = startText.first(start.begin);

    Prefix mode = Prefix::None;
    if (!prefix.isEmpty()) {
        if (line.size() >= prefix.size() && sameShape(line, prefix))
            mode = Prefix::Same;
        else if (isBlankText(line.first(std::min(line.size(), prefix.size()))))
            mode = Prefix::Blank;
    }
    QByteArrayView content =
        mode == Prefix::None ? line : line.sliced(std::min(line.size(), prefix.size()));
    const bool dotted = start.dotted && content.endsWith('.');
    if (dotted)
        content.chop(1);
    QByteArrayView name;
    QByteArrayView value;
    if (!splitHeader(content, &name, &value)) {
        // Only a mention of a status line: read both lines as ordinary ones.
        m_state = State::Idle;
        m_previousTime.assign(stringView(leadingTimestamp(startText)));
        idle(line, offset, end);
        return;
    }
    const std::string previousTime = std::move(m_candidateTime);
    begin(start, prefix, m_candidateOffset, m_candidateEnd, previousTime, dotted);
    m_pending.prefix = mode;
    m_pending.prefixLength = prefix.size();
    header(name, value);
    m_pending.end = end;
}

void TraceReader::begin(const TraceBytes::StartLine &start, QByteArrayView prefix, qint64 offset,
                        qint64 end, std::string_view previousTime, bool dotted)
{
    m_scratch.clear();
    m_pending = Pending{};
    m_pending.response = start.response;
    m_pending.code = start.code;
    m_pending.method = keep(start.method);
    m_pending.uri = keep(start.uri);
    QByteArrayView reason = start.reason;
    if (dotted && reason.endsWith('.'))
        reason.chop(1);
    m_pending.reason = keep(trimmed(reason));
    m_pending.dotted = dotted;

    // The framing line's time first, then the time the prefix starts with, then that of the
    // entry line above an indented message (journald), then that of an escaped line.
    const QByteArrayView stamp = timestampIn(prefix);
    if (m_hasFrame && !m_frame.time.empty())
        m_pending.time = keep(byteView(m_frame.time));
    else if (!stamp.isEmpty())
        m_pending.time = keep(stamp);
    else if (!prefix.isEmpty() && isBlankText(prefix) && !previousTime.empty())
        m_pending.time = keep(QByteArrayView(previousTime.data(), qsizetype(previousTime.size())));
    else if (m_inEscaped && !m_contextTime.empty())
        m_pending.time = keep(byteView(m_contextTime));
    if (m_hasFrame) {
        m_pending.source = keep(byteView(m_frame.source));
        m_pending.destination = keep(byteView(m_frame.destination));
    }
    m_hasFrame = false;
    m_frame.clear();
    m_pending.offset = offset;
    m_pending.end = end;
    m_state = State::Headers;
}

bool TraceReader::contentOf(QByteArrayView line, QByteArrayView *content) const
{
    const qsizetype width = m_pending.prefixLength;
    switch (m_pending.prefix) {
    case Prefix::None:
        *content = line;
        break;
    case Prefix::Same: {
        const QByteArrayView prefix(m_candidateLine.data(), width);
        if (line.size() >= width) {
            if (!sameShape(line, prefix))
                return false;
            *content = line.sliced(width);
        } else {
            // The prefix of an empty line may have lost its trailing blanks.
            if (!sameShape(line, prefix.first(line.size())) ||
                !isBlankText(prefix.sliced(line.size())))
                return false;
            *content = {};
        }
        break;
    }
    case Prefix::Blank:
        if (!isBlankText(line.first(std::min(line.size(), width))))
            return false;
        *content = line.sliced(std::min(line.size(), width));
        break;
    }
    if (m_pending.dotted && content->endsWith('.'))
        content->chop(1);
    return true;
}

void TraceReader::messageLine(QByteArrayView line, qint64 offset, qint64 end)
{
    QByteArrayView content;
    if (!contentOf(line, &content)) {
        finishMessage();
        idle(line, offset, end);
        return;
    }
    if (m_state == State::Headers) {
        if (isBlankText(content)) {
            m_pending.end = end;
            if (m_pending.contentLength > 0)
                m_state = State::Body;
            else
                finishMessage();
            return;
        }
        if (isBlank(content[0])) {
            // A folded header line continues the one before.
            if (m_options.keepHeaders && !m_pending.headers.isEmpty() &&
                m_pending.headers.last().value.size() < TraceParser::MaximumLineLength) {
                QString &value = m_pending.headers.last().value;
                value += u' ';
                value += QString::fromUtf8(trimmed(content));
            }
            m_pending.end = end;
            return;
        }
        QByteArrayView name;
        QByteArrayView value;
        if (splitHeader(content, &name, &value)) {
            header(name, value);
            m_pending.end = end;
            return;
        }
        // No blank line: a message cut short, then something else.
        finishMessage();
        idle(line, offset, end);
        return;
    }
    if (endsBody(line, content)) {
        finishMessage();
        idle(line, offset, end);
        return;
    }
    // Content-Length counts the wire's CRLF, whatever line ends the trace kept.
    m_pending.bodyBytes += content.size() + 2;
    m_pending.end = end;
    if (m_pending.bodyBytes >= m_pending.contentLength)
        finishMessage();
}

bool TraceReader::endsBody(QByteArrayView line, QByteArrayView content)
{
    if (!m_pending.sipBody && find(content, sipVersion) >= 0) {
        TraceBytes::StartLine start;
        if (findStartLine(content, &start) || escapeOf(content) != Escape::None)
            return true;
    }
    // SDP lines ("v=0", "a=rtpmap:...") are most body lines, and no tool frames with one.
    if (content.size() >= 2 && isLower(content[0]) && content[1] == '=')
        return false;
    return TraceFraming::read(line, &m_readFrame);
}

void TraceReader::tsharkLine(QByteArrayView line, qint64 offset, qint64 end)
{
    const qsizetype indent = indentOf(line);
    const QByteArrayView content = line.sliced(indent);
    if (m_state == State::TsharkStart) {
        if (!content.isEmpty() && indent > m_tsharkIndent)
            return; // the start line decoded field by field
        if (!content.isEmpty() && indent == m_tsharkIndent && content == "Message Header") {
            m_state = State::TsharkHeaders;
            m_tsharkHeaderIndent = -1;
            return;
        }
        finishMessage();
        idle(line, offset, end);
        return;
    }
    if (content.isEmpty() || indent <= m_tsharkIndent) {
        finishMessage();
        idle(line, offset, end);
        return;
    }
    if (m_tsharkHeaderIndent < 0)
        m_tsharkHeaderIndent = indent;
    // Deeper lines decode a field; bracketed ones are tshark's own ("[Generated Call-ID: ...]").
    QByteArrayView name;
    QByteArrayView value;
    if (indent == m_tsharkHeaderIndent && !content.startsWith('[') &&
        splitHeader(content, &name, &value)) {
        header(name, value);
        m_pending.end = end;
    }
}

bool TraceReader::tsharkFrameLine(QByteArrayView line)
{
    if (line.size() < 8)
        return false;
    switch (line[0]) {
    case 'F': {
        if (!line.startsWith("Frame ") || !isDigit(line[6]))
            return false;
        qsizetype at = 6;
        while (at < line.size() && isDigit(line[at]))
            ++at;
        if (at >= line.size() || line[at] != ':')
            return false;
        m_tsharkFrame = true;
        m_tsharkSource.clear();
        m_tsharkDestination.clear();
        m_frame.clear();
        m_hasFrame = true;
        return true;
    }
    case ' ': {
        constexpr QByteArrayView arrival = "    Arrival Time: ";
        if (!m_tsharkFrame || !line.startsWith(arrival))
            return false;
        m_frame.time.assign(stringView(trimmed(line.sliced(arrival.size()))));
        return true;
    }
    case 'I': {
        constexpr QByteArrayView ip = "Internet Protocol Version ";
        if (!m_tsharkFrame || !line.startsWith(ip))
            return false;
        const bool six = line.sliced(ip.size()).startsWith('6');
        const auto host = [&](QByteArrayView label, std::string *out) {
            out->clear();
            qsizetype at = find(line, label);
            if (at < 0)
                return;
            at += label.size();
            qsizetype stop = at;
            while (stop < line.size() && line[stop] != ',' && !isBlank(line[stop]))
                ++stop;
            if (six)
                out->push_back('[');
            out->append(line.data() + at, size_t(stop - at));
            if (six)
                out->push_back(']');
        };
        host(", Src: ", &m_tsharkSource);
        host(", Dst: ", &m_tsharkDestination);
        return true;
    }
    case 'U':
    case 'T': {
        if (!m_tsharkFrame || (!line.startsWith("User Datagram Protocol, ") &&
                               !line.startsWith("Transmission Control Protocol, ")))
            return false;
        const auto port = [&](QByteArrayView label, const std::string &host, std::string *out) {
            const qsizetype at = find(line, label);
            const qint64 number = at < 0 ? -1 : leadingNumber(line.sliced(at + label.size()));
            if (host.empty() || number < 0)
                return;
            *out = host + ':' + std::to_string(number);
        };
        port("Src Port: ", m_tsharkSource, &m_frame.source);
        port("Dst Port: ", m_tsharkDestination, &m_frame.destination);
        return true;
    }
    default:
        return false;
    }
}

void TraceReader::escapedLine(QByteArrayView line, TraceBytes::Escape escape, qint64 offset,
                              qint64 end)
{
    m_contextTime.assign(stringView(leadingTimestamp(line)));
    m_hasFrame = false;
    m_frame.clear();
    unescape(line, escape, &m_unescaped);
    m_inEscaped = true;
    m_escapedOffset = offset;
    m_escapedEnd = end;
    const QByteArrayView text = byteView(m_unescaped);
    qsizetype at = 0;
    while (at <= text.size() && !m_full) {
        qsizetype newline = text.indexOf('\n', at);
        if (newline < 0)
            newline = text.size();
        addLine(text.sliced(at, newline - at), offset, end);
        at = newline + 1;
    }
    // Whatever follows the line is no part of its messages.
    finish();
    m_inEscaped = false;
    m_contextTime.clear();
}

void TraceReader::header(QByteArrayView name, QByteArrayView value)
{
    Pending &p = m_pending;
    ++p.headerCount;
    if (m_options.keepHeaders && p.headers.size() < TraceParser::MaximumValuesPerMessage)
        p.headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    switch (fieldOf(name)) {
    case Field::Other:
        break;
    case Field::CallId:
        if (p.callId.size < 0)
            p.callId = keep(value);
        break;
    case Field::CSeq:
        if (p.cseq < 0) {
            qsizetype at = 0;
            p.cseq = leadingNumber(nextWord(value, &at));
            p.cseqMethod = keep(nextWord(value, &at));
        }
        break;
    case Field::Via:
        if (!p.viaSeen) {
            p.viaSeen = true;
            const qsizetype comma = value.indexOf(',');
            p.branch = keep(parameter(comma < 0 ? value : value.first(comma), "branch"));
        }
        break;
    case Field::From:
        if (p.fromTag.size < 0)
            p.fromTag = keep(tagOf(value));
        break;
    case Field::To:
        if (p.toTag.size < 0)
            p.toTag = keep(tagOf(value));
        break;
    case Field::ContentLength:
        if (p.contentLength < 0)
            p.contentLength = leadingNumber(value);
        break;
    case Field::ContentType:
        // message/sip and message/sipfrag bodies start with a start line of their own.
        p.sipBody = findIgnoringCase(value, "message/sip") >= 0;
        break;
    case Field::Reason:
        HeaderFields::appendReasons(value, &p.reasons, TraceParser::MaximumValuesPerMessage);
        break;
    case Field::Warning:
        HeaderFields::appendWarnings(value, &p.warnings, TraceParser::MaximumValuesPerMessage);
        break;
    case Field::RetryAfter:
        if (p.retryAfter < 0)
            p.retryAfter = int(std::clamp<qint64>(leadingNumber(value), 0, INT_MAX));
        break;
    case Field::Credentials:
        p.credentials = true;
        break;
    }
}

void TraceReader::finishMessage()
{
    m_state = State::Idle;
    m_previousTime.clear();
    Pending &p = m_pending;
    if (p.headerCount == 0)
        return;
    if (m_trace.messages.size() >= TraceParser::MaximumMessages) {
        m_full = true;
        return;
    }
    TraceMessage message;
    message.kind = p.response ? TraceMessage::Kind::Response : TraceMessage::Kind::Request;
    message.code = p.code;
    message.hasCredentials = p.credentials;
    message.cseq = p.cseq;
    message.bodyLength = p.contentLength;
    message.retryAfter = p.retryAfter;
    message.offset = m_inEscaped ? m_escapedOffset : p.offset;
    message.length = (m_inEscaped ? m_escapedEnd : p.end) - message.offset;

    const int call = callFor(trimmed(view(p.callId)));
    message.call = call;
    message.cseqMethod = shared(view(p.cseqMethod));
    message.method = p.response ? message.cseqMethod : shared(view(p.method));
    message.reason = shared(view(p.reason));
    if (call >= 0) {
        message.callId = m_trace.calls.at(call).callId;
        message.requestUri = callString(call, view(p.uri));
        message.branch = callString(call, view(p.branch));
        message.fromTag = callString(call, view(p.fromTag));
        message.toTag = callString(call, view(p.toTag));
    } else {
        message.requestUri = QString::fromUtf8(view(p.uri));
        message.branch = QString::fromUtf8(view(p.branch));
        message.fromTag = QString::fromUtf8(view(p.fromTag));
        message.toTag = QString::fromUtf8(view(p.toTag));
    }
    message.time = timeString(view(p.time));
    message.source = shared(view(p.source));
    message.destination = shared(view(p.destination));
    message.reasons = std::move(p.reasons);
    message.warnings = std::move(p.warnings);
    message.headers = std::move(p.headers);

    if (message.isResponse()) {
        if (message.retryAfter >= 0)
            message.notes |= TraceMessage::RetryAfter;
        if (m_options.registeredPhrase) {
            const QString &registered = registeredPhrase(message.code);
            if (registered.isEmpty())
                message.notes |= TraceMessage::UnregisteredCode;
            else if (!message.reason.isEmpty() &&
                     message.reason.compare(registered, Qt::CaseInsensitive) != 0)
                message.notes |= TraceMessage::PhraseDiffers;
        }
    }
    const qsizetype index = m_trace.messages.size();
    m_trace.messages.append(std::move(message));
    if (call >= 0)
        m_trace.calls[call].messages.append(index);
}

TraceReader::Slice TraceReader::keep(QByteArrayView bytes)
{
    const Slice slice{qsizetype(m_scratch.size()), bytes.size()};
    m_scratch.append(bytes.data(), size_t(bytes.size()));
    return slice;
}

QByteArrayView TraceReader::view(Slice slice) const
{
    if (slice.size <= 0)
        return {};
    return {m_scratch.data() + slice.at, slice.size};
}

int TraceReader::callFor(QByteArrayView callId)
{
    if (callId.isEmpty())
        return -1;
    const std::string_view key = stringView(callId);
    // Messages of one call tend to follow each other.
    if (m_lastCall >= 0 && key == m_lastCallId)
        return m_lastCall;
    m_lastCallId.assign(key);
    if (const auto it = m_callIndex.find(key); it != m_callIndex.end()) {
        m_lastCall = it->second;
        return it->second;
    }
    const int index = int(m_trace.calls.size());
    m_lastCall = index;
    m_callIndex.emplace(std::string(key), index);
    TraceCall call;
    call.callId = QString::fromUtf8(callId);
    m_trace.calls.append(std::move(call));
    m_callStrings.emplace_back();
    return index;
}

QString TraceReader::shared(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    const std::string_view key = stringView(bytes);
    if (const auto it = m_shared.find(key); it != m_shared.end())
        return it->second;
    QString text = QString::fromUtf8(bytes);
    if (m_shared.size() < MaximumSharedStrings)
        m_shared.emplace(std::string(key), text);
    return text;
}

QString TraceReader::callString(int call, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    CallStrings &strings = m_callStrings[size_t(call)];
    if (isAscii(bytes)) {
        const QLatin1String latin(bytes.data(), bytes.size());
        for (const QString &known : strings.recent) {
            if (known.size() == latin.size() && known == latin)
                return known;
        }
    }
    QString text = QString::fromUtf8(bytes);
    strings.recent[strings.next] = text;
    strings.next = (strings.next + 1) % CallStrings::Count;
    return text;
}

QString TraceReader::timeString(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    if (stringView(bytes) != m_lastTimeBytes) {
        m_lastTimeBytes.assign(stringView(bytes));
        m_lastTime = QString::fromUtf8(bytes);
    }
    return m_lastTime;
}

const QString &TraceReader::registeredPhrase(int code)
{
    const qsizetype index = std::clamp(code, 100, 699) - 100;
    if (!m_phraseKnown.at(index)) {
        m_phrases[index] = m_options.registeredPhrase(code);
        m_phraseKnown[index] = true;
    }
    return m_phrases.at(index);
}
