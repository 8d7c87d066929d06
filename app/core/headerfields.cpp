#include "headerfields.h"

#include "asciibytes.h"

#include <algorithm>
#include <string>

using namespace AsciiBytes;

namespace HeaderFields {

namespace {

// Calls `part` for each piece of `text` between `separator`s that stand outside quotes, until it
// returns false.
template <typename Part> void splitOutsideQuotes(QByteArrayView text, char separator, Part part)
{
    bool quoted = false;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            if (!part(trimmed(text.sliced(begin, i - begin))))
                return;
            begin = i + 1;
        }
    }
    part(trimmed(text.sliced(std::min(begin, text.size()))));
}

int smallNumber(QByteArrayView text)
{
    const QByteArrayView digits = trimmed(text);
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QString unquoted(QByteArrayView text)
{
    const QByteArrayView value = trimmed(text);
    if (!value.startsWith('"'))
        return QString::fromUtf8(value);
    std::string plain;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"')
            break;
        if (c == '\\' && i + 1 < value.size())
            plain.push_back(value[++i]);
        else
            plain.push_back(c);
    }
    return QString::fromUtf8(plain.data(), qsizetype(plain.size()));
}

void appendReasons(QByteArrayView value, QList<ReasonValue> *reasons, qsizetype limit)
{
    splitOutsideQuotes(value, ',', [reasons, limit](QByteArrayView item) {
        if (reasons->size() >= limit)
            return false;
        ReasonValue reason;
        bool first = true;
        splitOutsideQuotes(item, ';', [&](QByteArrayView piece) {
            if (first) {
                reason.protocol = QString::fromUtf8(piece);
                first = false;
                return true;
            }
            const qsizetype equals = piece.indexOf('=');
            if (equals < 0)
                return true;
            const QByteArrayView name = trimmed(piece.first(equals));
            const QByteArrayView text = piece.sliced(equals + 1);
            if (equalsIgnoringCase(name, "cause"))
                reason.cause = smallNumber(text);
            else if (equalsIgnoringCase(name, "text"))
                reason.text = unquoted(text);
            else if (equalsIgnoringCase(name, "location"))
                reason.location = unquoted(text);
            return true;
        });
        if (!reason.protocol.isEmpty())
            reasons->append(reason);
        return true;
    });
}

void appendWarnings(QByteArrayView value, QList<WarningValue> *warnings, qsizetype limit)
{
    splitOutsideQuotes(value, ',', [warnings, limit](QByteArrayView item) {
        if (warnings->size() >= limit)
            return false;
        qsizetype at = 0;
        const int code = smallNumber(nextWord(item, &at));
        if (code < 0)
            return true;
        WarningValue warning;
        warning.code = code;
        warning.agent = QString::fromUtf8(nextWord(item, &at));
        warning.text = unquoted(item.sliced(at));
        warnings->append(warning);
        return true;
    });
}

} // namespace HeaderFields
