#include "tracebytes.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace TraceBytes {

namespace {

std::string_view stringView(QByteArrayView text)
{
    return {text.data(), size_t(text.size())};
}

bool digitsAt(QByteArrayView text, qsizetype at, qsizetype count)
{
    if (at < 0 || at + count > text.size())
        return false;
    for (qsizetype i = at; i < at + count; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

bool charAt(QByteArrayView text, qsizetype at, char c)
{
    return at < text.size() && text[at] == c;
}

// "HH:MM:SS" at `at`, with an optional fraction after '.', ',' or ':'; the end, or -1.
qsizetype clockAt(QByteArrayView text, qsizetype at)
{
    if (!digitsAt(text, at, 2) || !charAt(text, at + 2, ':') || !digitsAt(text, at + 3, 2) ||
        !charAt(text, at + 5, ':') || !digitsAt(text, at + 6, 2))
        return -1;
    qsizetype end = at + 8;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',' || text[end] == ':') &&
        isDigit(text[end + 1])) {
        ++end;
        const qsizetype limit = std::min(text.size(), end + 9);
        while (end < limit && isDigit(text[end]))
            ++end;
    }
    return end;
}

// An ISO 8601 zone after a clock: "Z", "+01:00", "-0500".
qsizetype zoneAt(QByteArrayView text, qsizetype at)
{
    if (charAt(text, at, 'Z'))
        return at + 1;
    if (at < text.size() && (text[at] == '+' || text[at] == '-') && digitsAt(text, at + 1, 2)) {
        if (charAt(text, at + 3, ':') && digitsAt(text, at + 4, 2))
            return at + 6;
        if (digitsAt(text, at + 3, 2))
            return at + 5;
    }
    return at;
}

bool isHeaderNameChar(char c)
{
    return isLetter(c) || isDigit(c) || c == '-' || c == '_';
}

bool isUriSchemeChar(char c)
{
    return isLetter(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    const char lower = toLower(c);
    if (lower >= 'a' && lower <= 'f')
        return lower - 'a' + 10;
    return -1;
}

int hexAt(QByteArrayView text, qsizetype at, qsizetype count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const int digit = hexValue(text[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendUtf8(char32_t c, std::string *out)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xc0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out->push_back(char(0xe0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out->push_back(char(0x80 | (c & 0x3f)));
    } else {
        out->push_back(char(0xf0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3f)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3f)));
        out->push_back(char(0x80 | (c & 0x3f)));
    }
}

// The bytes from `at` up to the next `c` (or the end) go to `out` at once; returns where `c` is.
qsizetype copyUntil(QByteArrayView line, qsizetype at, char c, std::string *out)
{
    const void *found = std::memchr(line.data() + at, c, size_t(line.size() - at));
    const qsizetype stop = found ? static_cast<const char *>(found) - line.data() : line.size();
    out->append(line.data() + at, size_t(stop - at));
    return stop;
}

// rsyslog writes a control character as '#' and three octal digits.
void unescapeSyslog(QByteArrayView line, std::string *out)
{
    for (qsizetype i = copyUntil(line, 0, '#', out); i < line.size();
         i = copyUntil(line, i, '#', out)) {
        if (i + 3 < line.size() && line[i + 1] >= '0' && line[i + 1] <= '3' && line[i + 2] >= '0' &&
            line[i + 2] <= '7' && line[i + 3] >= '0' && line[i + 3] <= '7') {
            const int value =
                (line[i + 1] - '0') * 64 + (line[i + 2] - '0') * 8 + (line[i + 3] - '0');
            if (value < 32 || value == 127) {
                out->push_back(char(value));
                i += 4;
                continue;
            }
        }
        out->push_back('#');
        ++i;
    }
}

// The escapes of Python and JSON string literals; anything else stays as written.
void unescapeBackslashes(QByteArrayView line, std::string *out)
{
    for (qsizetype i = copyUntil(line, 0, '\\', out); i < line.size();
         i = copyUntil(line, i, '\\', out)) {
        if (i + 1 >= line.size()) {
            out->push_back('\\');
            ++i;
            continue;
        }
        const char next = line[i + 1];
        i += 2; // past the escape, unless a case below says otherwise
        switch (next) {
        case 'n':
            out->push_back('\n');
            continue;
        case 'r':
            out->push_back('\r');
            continue;
        case 't':
            out->push_back('\t');
            continue;
        case '\\':
        case '\'':
        case '"':
        case '/':
            out->push_back(next);
            continue;
        case 'x':
            if (const int value = hexAt(line, i, 2); value >= 0) {
                out->push_back(char(value));
                i += 2;
                continue;
            }
            break;
        case 'u':
            if (const int unit = hexAt(line, i, 4); unit >= 0) {
                i += 4;
                char32_t code = char32_t(unit);
                if (unit >= 0xd800 && unit < 0xdc00 && charAt(line, i, '\\') &&
                    charAt(line, i + 1, 'u')) {
                    const int low = hexAt(line, i + 2, 4);
                    if (low >= 0xdc00 && low < 0xe000) {
                        code =
                            0x10000 + ((char32_t(unit) - 0xd800) << 10) + (char32_t(low) - 0xdc00);
                        i += 6;
                    }
                }
                if (code >= 0xd800 && code < 0xe000)
                    code = 0xfffd; // a lone surrogate
                appendUtf8(code, out);
                continue;
            }
            break;
        default:
            break;
        }
        // Not an escape this parser knows: the backslash stays, and the next byte is read again.
        out->push_back('\\');
        i -= 1;
    }
}

// Request methods, to find where a method glued to other bytes begins ("......'9INVITE").
constexpr QByteArrayView knownMethods[] = {"INVITE",  "ACK",   "BYE",       "CANCEL", "REGISTER",
                                           "OPTIONS", "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH",
                                           "INFO",    "REFER", "MESSAGE",   "UPDATE"};

bool findResponse(QByteArrayView line, StartLine *found)
{
    constexpr QByteArrayView version = "SIP/2.0 ";
    for (qsizetype at = find(line, version); at >= 0;
         at = find(line, version, at + version.size())) {
        const qsizetype digits = at + version.size();
        if (!digitsAt(line, digits, 3) || (digits + 3 < line.size() && !isBlank(line[digits + 3])))
            continue;
        const int code =
            (line[digits] - '0') * 100 + (line[digits + 1] - '0') * 10 + (line[digits + 2] - '0');
        if (code < 100 || code > 699)
            continue;
        *found = {};
        found->response = true;
        found->begin = at;
        found->code = code;
        found->reason = trimmed(line.sliced(std::min(line.size(), digits + 3)));
        found->dotted = found->reason.endsWith('.');
        return true;
    }
    return false;
}

bool findRequest(QByteArrayView line, StartLine *found)
{
    constexpr QByteArrayView version = " SIP/2.0";
    QByteArrayView rest = line;
    const bool dotted = rest.endsWith('.');
    if (dotted)
        rest.chop(1);
    while (!rest.isEmpty() && isBlank(rest.back()))
        rest.chop(1);
    if (!rest.endsWith(version))
        return false;
    rest.chop(version.size());
    const qsizetype space = rest.lastIndexOf(' ');
    if (space <= 0)
        return false;
    const QByteArrayView uri = rest.sliced(space + 1);
    qsizetype scheme = 0;
    while (scheme < uri.size() && isUriSchemeChar(uri[scheme]))
        ++scheme;
    if (scheme == 0 || !isLetter(uri[0]) || scheme + 1 >= uri.size() || uri[scheme] != ':')
        return false;
    qsizetype begin = space;
    while (begin > 0 && isUpper(rest[begin - 1]))
        --begin;
    if (begin == space)
        return false;
    QByteArrayView method = rest.sliced(begin, space - begin);
    if (std::find(std::begin(knownMethods), std::end(knownMethods), method) ==
        std::end(knownMethods)) {
        for (const QByteArrayView known : knownMethods) {
            if (method.endsWith(known)) {
                begin = space - known.size();
                method = known;
                break;
            }
        }
    }
    *found = {};
    found->begin = begin;
    found->method = method;
    found->uri = uri;
    found->dotted = dotted;
    return true;
}

} // namespace

qsizetype find(QByteArrayView text, QByteArrayView needle, qsizetype from)
{
    if (from >= text.size())
        return -1;
    const size_t at = stringView(text).find(stringView(needle), size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

qsizetype findIgnoringCase(QByteArrayView text, QByteArrayView lowerNeedle, qsizetype from)
{
    if (lowerNeedle.isEmpty())
        return from <= text.size() ? from : -1;
    const char first = lowerNeedle[0];
    const char firstUpper = isLower(first) ? char(first - 'a' + 'A') : first;
    for (qsizetype at = from; at + lowerNeedle.size() <= text.size(); ++at) {
        if (text[at] != first && text[at] != firstUpper)
            continue;
        if (equalsIgnoringCase(text.sliced(at, lowerNeedle.size()), lowerNeedle))
            return at;
    }
    return -1;
}

qsizetype indentOf(QByteArrayView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && isBlank(line[indent]))
        ++indent;
    return indent;
}

bool isBlankText(QByteArrayView text)
{
    return indentOf(text) == text.size();
}

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

QByteArrayView leadingTimestamp(QByteArrayView line)
{
    const qsizetype at = charAt(line, 0, '[') ? 1 : 0;
    qsizetype end = -1;
    if (digitsAt(line, at, 4) && (charAt(line, at + 4, '-') || charAt(line, at + 4, '/')) &&
        digitsAt(line, at + 5, 2) && charAt(line, at + 7, line[at + 4]) &&
        digitsAt(line, at + 8, 2) && (charAt(line, at + 10, ' ') || charAt(line, at + 10, 'T'))) {
        end = clockAt(line, at + 11);
        if (end > 0)
            end = zoneAt(line, end);
    } else if (digitsAt(line, at, 2) && charAt(line, at + 2, '-') && digitsAt(line, at + 3, 2) &&
               charAt(line, at + 5, ' ')) {
        end = clockAt(line, at + 6); // logcat's "threadtime" format
    } else if (at + 7 < line.size() && isUpper(line[at]) && isLower(line[at + 1]) &&
               isLower(line[at + 2]) && line[at + 3] == ' ' &&
               (line[at + 4] == ' ' || isDigit(line[at + 4])) && isDigit(line[at + 5]) &&
               line[at + 6] == ' ') {
        end = clockAt(line, at + 7); // syslog
    } else {
        end = clockAt(line, at);
    }
    if (end < 0 || (end < line.size() && (isLetter(line[end]) || isDigit(line[end]))))
        return {};
    return line.sliced(at, end - at);
}

QByteArrayView timestampIn(QByteArrayView text)
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (at > 0 && !isBlank(text[at - 1]) && text[at - 1] != '|')
            continue;
        if (const QByteArrayView stamp = leadingTimestamp(text.sliced(at)); !stamp.isEmpty())
            return stamp;
    }
    return {};
}

bool splitHeader(QByteArrayView line, QByteArrayView *name, QByteArrayView *value)
{
    qsizetype end = 0;
    bool letter = false;
    while (end < line.size() && isHeaderNameChar(line[end])) {
        letter = letter || isLetter(line[end]);
        ++end;
    }
    if (!letter)
        return false;
    qsizetype colon = end;
    while (colon < line.size() && isBlank(line[colon]))
        ++colon;
    if (colon >= line.size() || line[colon] != ':')
        return false;
    *name = line.first(end);
    *value = trimmed(line.sliced(colon + 1));
    return true;
}

QByteArrayView parameter(QByteArrayView text, QByteArrayView lowerName)
{
    for (qsizetype at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) {
        qsizetype name = at + 1;
        while (name < text.size() && isBlank(text[name]))
            ++name;
        if (name + lowerName.size() >= text.size() ||
            !equalsIgnoringCase(text.sliced(name, lowerName.size()), lowerName))
            continue;
        qsizetype equals = name + lowerName.size();
        while (equals < text.size() && isBlank(text[equals]))
            ++equals;
        if (equals >= text.size() || text[equals] != '=')
            continue;
        qsizetype begin = equals + 1;
        while (begin < text.size() && isBlank(text[begin]))
            ++begin;
        qsizetype end = begin;
        while (end < text.size() && text[end] != ';' && text[end] != ',' && text[end] != '>' &&
               !isBlank(text[end]))
            ++end;
        return text.sliced(begin, end - begin);
    }
    return {};
}

qint64 leadingNumber(QByteArrayView text)
{
    qsizetype at = 0;
    while (at < text.size() && isBlank(text[at]))
        ++at;
    qint64 value = 0;
    qsizetype digits = 0;
    while (at < text.size() && isDigit(text[at]) && digits < 18) {
        value = value * 10 + (text[at] - '0');
        ++at;
        ++digits;
    }
    return digits > 0 ? value : -1;
}

void appendAddress(QByteArrayView text, std::string *out)
{
    QByteArrayView rest = trimmed(text);
    if (const qsizetype scheme = find(rest, "://"); scheme >= 0) {
        rest = rest.sliced(scheme + 3);
    } else {
        qsizetype letters = 0;
        while (letters < rest.size() && isLetter(rest[letters]))
            ++letters;
        if (letters > 0 && letters < rest.size() && rest[letters] == '/') {
            rest = rest.sliced(letters + 1);
        } else if (letters > 0 && letters < rest.size() && rest[letters] == ':') {
            static constexpr QByteArrayView transports[] = {"udp", "tcp", "tls",
                                                            "ws",  "wss", "sctp"};
            const QByteArrayView word = rest.first(letters);
            if (std::any_of(std::begin(transports), std::end(transports),
                            [&](QByteArrayView t) { return equalsIgnoringCase(word, t); }))
                rest = rest.sliced(letters + 1);
        }
    }
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close < 0) {
            out->append(rest.data(), size_t(rest.size()));
            return;
        }
        const QByteArrayView host = rest.sliced(1, close - 1);
        if (host.contains(':'))
            out->append(rest.data(), size_t(close + 1));
        else
            out->append(host.data(), size_t(host.size()));
        out->append(rest.data() + close + 1, size_t(rest.size() - close - 1));
        return;
    }
    if (rest.count(':') > 1) {
        const qsizetype colon = rest.lastIndexOf(':');
        out->push_back('[');
        out->append(rest.data(), size_t(colon));
        out->push_back(']');
        out->append(rest.data() + colon, size_t(rest.size() - colon));
        return;
    }
    out->append(rest.data(), size_t(rest.size()));
}

Escape escapeOf(QByteArrayView line)
{
    if (find(line, "#012") >= 0)
        return Escape::Syslog;
    if (find(line, "\\n") >= 0)
        return Escape::Backslash;
    return Escape::None;
}

void unescape(QByteArrayView line, Escape escape, std::string *out)
{
    out->clear();
    out->reserve(size_t(line.size()));
    if (escape == Escape::Syslog)
        unescapeSyslog(line, out);
    else if (escape == Escape::Backslash)
        unescapeBackslashes(line, out);
    else
        out->append(line.data(), size_t(line.size()));
}

bool findStartLine(QByteArrayView line, StartLine *found)
{
    return findResponse(line, found) || findRequest(line, found);
}

} // namespace TraceBytes
