#include "trace/traceparser.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// A registry of a few codes, so that the phrase notes are reached too.
QString phraseOf(int code)
{
    switch (code) {
    case 100:
        return QStringLiteral("Trying");
    case 200:
        return QStringLiteral("OK");
    case 486:
        return QStringLiteral("Busy Here");
    case 500:
        return QStringLiteral("Server Internal Error");
    default:
        return {};
    }
}

// What holds for any input: spans inside it, calls and messages pointing at each other.
void check(const Trace &trace, qsizetype size)
{
    for (qsizetype i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &message = trace.messages.at(i);
        if (message.offset < 0 || message.length < 0 || message.offset + message.length > size)
            std::abort();
        if (message.isResponse() && (message.code < 100 || message.code > 699))
            std::abort();
        if (message.call < -1 || message.call >= trace.calls.size())
            std::abort();
    }
    for (const TraceCall &call : trace.calls) {
        if (call.messages.isEmpty() || call.finalMessage >= trace.messages.size())
            std::abort();
        for (qsizetype i = 0; i < call.messages.size(); ++i) {
            const qsizetype index = call.messages.at(i);
            if (index < 0 || index >= trace.messages.size() ||
                (i > 0 && index <= call.messages.at(i - 1)))
                std::abort();
        }
    }
}

} // namespace

// Any bytes, parsed whole and streamed in small reads: both hold up and find the same messages.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    TraceParserOptions options;
    options.registeredPhrase = phraseOf;
    options.keepHeaders = size % 2 == 0;
    const Trace whole = TraceParser::parse(input, options);
    check(whole, input.size());

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    options.readSize = qsizetype(1 + size % 61);
    const Trace streamed = TraceParser::parse(buffer, options);
    check(streamed, input.size());
    if (streamed.messages.size() != whole.messages.size() ||
        streamed.calls.size() != whole.calls.size())
        std::abort();
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const TraceMessage &a = whole.messages.at(i);
        const TraceMessage &b = streamed.messages.at(i);
        if (a.offset != b.offset || a.length != b.length || a.notes != b.notes ||
            a.callId != b.callId || a.time != b.time || a.reasons != b.reasons ||
            a.headers != b.headers)
            std::abort();
    }
    return 0;
}
