#pragma once

#include "trace/trace.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

struct TraceParserOptions
{
    // The IANA registry's reason phrase for a code, empty for a code it does not list. Without
    // it, no message gets "phrase-differs" or "unregistered-code".
    std::function<QString(int code)> registeredPhrase;
    // Called about every TraceParser::ProgressStep bytes, from the thread that parses, and once
    // at the end unless it stopped the parse: return false to stop. `total` is -1 when a device
    // cannot tell its size.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Keep every header field of every message (TraceMessage::headers). Off, a message keeps only
    // the fields it decodes, which a large trace needs to stay small.
    bool keepHeaders = false;
    // How much parse(QIODevice &) reads at a time.
    qsizetype readSize = 4 * 1024 * 1024;
};

// Finds the SIP messages in a pasted trace or log, whatever tool printed it and whatever else
// the text holds, and groups them into calls.
//
// A message is recognised by its start line, wherever it stands on a line: after a time stamp,
// a console prompt, a log prefix or packet bytes glued to it. A prefix that every line of the
// message repeats (logcat, syslog, os_log) or an indent (journald, FreeSWITCH) is learnt from
// the first header line and removed from the rest; rsyslog's "#012" and "\r\n" written out in a
// string are undone first. The body is as long as Content-Length says, counting each line with a
// CRLF as the wire did, but it ends early at the next start line or tool framing line. Lines
// that merely mention a code are not messages: a start line counts only when a header line
// follows it.
//
// Work is linear in the input and needs no QObject, so a worker thread can run it. Memory stays
// near the size of the messages' decoded fields; parse(QIODevice &) holds at most one read and
// one line of the input.
class TraceParser final
{
public:
    using Options = TraceParserOptions;

    // Larger input is read up to this size and the trace marked truncated; callers should refuse
    // such files with a message before parsing.
    static constexpr qint64 MaximumInputSize = qint64(256) * 1024 * 1024;
    // A longer line is read up to this length only: no SIP message written on one line comes
    // close, and a binary file must not make one huge line.
    static constexpr qsizetype MaximumLineLength = 1024 * 1024;
    // After this many messages the rest is not read (the trace is marked truncated), which bounds
    // memory whatever the input.
    static constexpr qsizetype MaximumMessages = 1000000;
    // A message keeps at most this many header fields (with keepHeaders), Reason values and
    // Warning values; real ones have a few dozen fields at most.
    static constexpr qsizetype MaximumValuesPerMessage = 256;
    static constexpr qint64 ProgressStep = 1024 * 1024;

    static Trace parse(QByteArrayView input, const Options &options = {});
    // Reads the device from its current position to its end. For a file, this is the one to use:
    // the input never needs to be in memory whole (bench_trace: a 100 MB log peaks at about 1.4
    // times its size this way, 2.3 times read whole first).
    static Trace parse(QIODevice &device, const Options &options = {});
};
