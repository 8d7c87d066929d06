// Benchmark of the trace parser (issue 16): a generated log in mixed formats, of 1, 10 and
// 100 MB (about 2,000 messages a megabyte, so 200,000 in the largest), parsed in a child process
// of its own so that its peak resident memory is the parse's alone. Each size is parsed read
// whole into memory (QFile::readAll, then TraceParser::parse on the bytes) and streamed from the
// file (TraceParser::parse on the QFile); time is the median of five runs, file reading
// included. Targets for 100 MB: under 2 s, peak memory under twice the file's size. Nothing here
// fails on time: figures are reported, not asserted.
#include "trace/traceparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 5;

// One SIP message; `lines` without line ends, the body last.
struct Message
{
    QList<QByteArray> lines;
    bool incoming = false;
};

QByteArray sdp(int call)
{
    return "v=0\r\no=- " + QByteArray::number(call) +
           " 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n"
           "t=0 0\r\nm=audio " +
           QByteArray::number(10000 + call % 50000) +
           " RTP/AVP 0 8 101\r\n"
           "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n";
}

Message message(const QByteArray &startLine, int call, int cseq, const QByteArray &method,
                const QByteArray &branch, bool toTag, bool incoming, const QByteArray &body = {},
                const QByteArray &extra = {})
{
    const QByteArray id = QByteArray::number(call);
    Message m;
    m.incoming = incoming;
    m.lines = {startLine,
               "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK" + branch + ";rport",
               "From: <sip:+1202555" + id.right(4) + "@pbx.example.com>;tag=f" + id,
               "To: <sip:+1313555" + id.right(4) + "@sip.example.net>" +
                   (toTag ? ";tag=t" + id : QByteArray()),
               "Call-ID: bench-" + id + "@192.0.2.1",
               "CSeq: " + QByteArray::number(cseq) + ' ' + method};
    if (!extra.isEmpty())
        m.lines.append(extra);
    if (!body.isEmpty())
        m.lines.append("Content-Type: application/sdp");
    m.lines.append("Content-Length: " + QByteArray::number(body.size()));
    m.lines.append(QByteArray());
    if (!body.isEmpty()) {
        QList<QByteArray> bodyLines = body.split('\n');
        bodyLines.removeLast();
        for (QByteArray &line : bodyLines)
            m.lines.append(line.chopped(1));
    }
    return m;
}

// The messages of one call: answered and ended, registered after a challenge, or busy.
QList<Message> callMessages(int call)
{
    const QByteArray id = QByteArray::number(call);
    const QByteArray uri = "sip:+1313555" + id.right(4) + "@sip.example.net";
    switch (call % 5) {
    case 0:
    case 1:
    case 2:
        return {message("INVITE " + uri + " SIP/2.0", call, 1, "INVITE", "a" + id, false, false,
                        sdp(call)),
                message("SIP/2.0 100 Trying", call, 1, "INVITE", "a" + id, false, true),
                message("SIP/2.0 180 Ringing", call, 1, "INVITE", "a" + id, true, true),
                message("SIP/2.0 200 OK", call, 1, "INVITE", "a" + id, true, true, sdp(call + 1)),
                message("ACK " + uri + " SIP/2.0", call, 1, "ACK", "b" + id, true, false),
                message("BYE " + uri + " SIP/2.0", call, 2, "BYE", "c" + id, true, false, {},
                        "Reason: Q.850;cause=16;text=\"Normal call clearing\""),
                message("SIP/2.0 200 OK", call, 2, "BYE", "c" + id, true, true)};
    case 3:
        return {message("REGISTER sip:example.net SIP/2.0", call, 1, "REGISTER", "r" + id, false,
                        false),
                message("SIP/2.0 401 Unauthorized", call, 1, "REGISTER", "r" + id, true, true, {},
                        "WWW-Authenticate: Digest realm=\"example.net\", nonce=\"n" + id + "\""),
                message("REGISTER sip:example.net SIP/2.0", call, 2, "REGISTER", "s" + id, false,
                        false, {},
                        "Authorization: Digest username=\"u" + id + "\", realm=\"example.net\""),
                message("SIP/2.0 200 OK", call, 2, "REGISTER", "s" + id, true, true)};
    default:
        return {message("INVITE " + uri + " SIP/2.0", call, 1, "INVITE", "a" + id, false, false,
                        sdp(call)),
                message("SIP/2.0 100 Trying", call, 1, "INVITE", "a" + id, false, true),
                message("SIP/2.0 486 Busy Here", call, 1, "INVITE", "a" + id, true, true, {},
                        "Reason: Q.850;cause=17"),
                message("ACK " + uri + " SIP/2.0", call, 1, "ACK", "a" + id, true, false)};
    }
}

// Writes one message in one of eight formats, with a log line of another program after it.
void write(QByteArray *out, const Message &m, int format, int sequence)
{
    const QByteArray peer = "198.51.100.20:5060";
    const QByteArray clock = "10:" + QByteArray::number(10 + sequence / 60000 % 50) + ':' +
                             QByteArray::number(10 + sequence / 1000 % 50) + '.' +
                             QByteArray::number(100000 + sequence % 900000);
    switch (format) {
    case 0: // raw, CRLF
        for (const QByteArray &line : m.lines)
            *out += line + "\r\n";
        break;
    case 1: // sngrep
        *out += "2024/01/05 " + clock +
                (m.incoming ? ' ' + peer + " -> 192.0.2.1:5060\n"
                            : " 192.0.2.1:5060 -> " + peer + '\n');
        for (const QByteArray &line : m.lines)
            *out += line + "\r\n";
        *out += "\n\n";
        break;
    case 2: // syslog, every line prefixed
        for (const QByteArray &line : m.lines)
            *out += "Jan  5 " + clock.left(8) + " sbc1 sbcd[2211]: " + line + '\n';
        break;
    case 3: // Asterisk pjsip logger in the full log
        *out += "[2024-01-05 " + clock.left(12) + "] VERBOSE[3131] res_pjsip_logger.c: <--- " +
                (m.incoming ? "Received SIP " : "Transmitting SIP ") +
                (m.lines.first().startsWith("SIP/2.0") ? "response" : "request") + " (512 bytes) " +
                (m.incoming ? "from UDP:" : "to UDP:") + peer + " --->\n";
        for (const QByteArray &line : m.lines)
            *out += line + "\r\n";
        *out += '\n';
        break;
    case 4: // FreeSWITCH siptrace
        *out += (m.incoming ? "recv 512 bytes from udp/[198.51.100.20]:5060 at "
                            : "send 512 bytes to udp/[198.51.100.20]:5060 at ") +
                clock +
                ":\n------------------------------------------------------------------------\n";
        for (const QByteArray &line : m.lines)
            *out += line + '\n';
        break;
    case 5: // rsyslog, the whole message on one line
        *out += "Jan  5 " + clock.left(8) + " proxy2 sipd[4410]: " + (m.incoming ? "in" : "out") +
                " udp " + peer;
        *out += "#012";
        for (const QByteArray &line : m.lines)
            *out += line + "#015#012";
        *out += '\n';
        break;
    case 6: // tcpdump -A
        *out += clock + " IP 192.0.2.1.5060 > 198.51.100.20.5060: SIP: " + m.lines.first() +
                "\nE..P..@.@......\n.........<..";
        for (const QByteArray &line : m.lines)
            *out += line + '\n';
        *out += '\n';
        break;
    default: { // JSON lines
        *out += R"({"level": 30, "time": 1704474008000, "dir": ")" +
                QByteArray(m.incoming ? "rx" : "tx") + R"(", "raw": ")";
        for (const QByteArray &line : m.lines)
            *out += QByteArray(line).replace('"', "\\\"") + "\\r\\n";
        *out += "\"}\n";
        break;
    }
    }
    *out += "[2024-01-05 " + clock.left(12) + "] DEBUG[4470] dialplan.c: step " +
            QByteArray::number(sequence) + " done\n";
}

// A log of at least `bytes` bytes; its message count goes to `*messages`.
QByteArray generate(qint64 bytes, qint64 *messages)
{
    QByteArray out;
    out.reserve(bytes + 64 * 1024);
    int sequence = 0;
    for (int call = 0; out.size() < bytes; ++call) {
        const QList<Message> list = callMessages(call);
        for (const Message &m : list)
            write(&out, m, call % 8, sequence++);
    }
    *messages = sequence;
    return out;
}

long peakResidentKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The child: parses one file once and prints what it measured.
int parseOnce(const QString &path, const QString &mode)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 3;
    Trace trace;
    if (mode == u"memory"_s) {
        const QByteArray data = file.readAll();
        trace = TraceParser::parse(data, {});
    } else {
        trace = TraceParser::parse(file, {});
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%lld %lld %.1f %ld\n", qlonglong(trace.messages.size()),
                qlonglong(trace.calls.size()), ms, peakResidentKb());
    return 0;
}

struct Run
{
    qint64 messages = 0;
    double ms = 0;
    long rssKb = 0;
};

Run runChild(const QString &path, const QString &mode)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--parse"_s, path, mode});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("the parsing child failed: %s", child.readAllStandardError().constData());
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 4)
        qFatal("unexpected child output");
    return {fields.at(0).toLongLong(), fields.at(2).toDouble(), fields.at(3).toLong()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == u"--parse"_s)
        return parseOnce(arguments.at(2), arguments.at(3));
    // "--generate FILE MEGABYTES" writes a log for other uses (profiling, the terminal).
    if (arguments.size() == 4 && arguments.at(1) == u"--generate"_s) {
        qint64 messages = 0;
        const QByteArray log = generate(arguments.at(3).toLongLong() * 1000 * 1000, &messages);
        QFile file(arguments.at(2));
        if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
            return 3;
        std::printf("%lld messages\n", qlonglong(messages));
        return 0;
    }

    QTemporaryDir folder;
    if (!folder.isValid())
        qFatal("no temporary folder");
    // The empty file shows what the process costs before any parsing.
    const QString emptyPath = folder.filePath(u"empty.log"_s);
    QFile(emptyPath).open(QIODevice::WriteOnly);
    const long baselineKb = runChild(emptyPath, u"memory"_s).rssKb;
    std::printf("trace parser benchmark; process with an empty input: %.1f MB resident\n",
                baselineKb / 1024.0);
    // "parse/size" leaves out what the process holds before it reads anything.
    std::printf("%8s %9s %7s %10s %8s %9s %10s %11s %8s\n", "size", "messages", "mode", "median ms",
                "MB/s", "peak MB", "peak/size", "parse/size", "targets");
    for (const int megabytes : {1, 10, 100}) {
        const qint64 bytes = qint64(megabytes) * 1000 * 1000;
        qint64 messages = 0;
        const QString path = folder.filePath(u"trace-%1.log"_s.arg(megabytes));
        {
            const QByteArray log = generate(bytes, &messages);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size())
                qFatal("cannot write %s", qPrintable(path));
        }
        const double size = double(QFile(path).size());
        for (const QString &mode : {u"memory"_s, u"stream"_s}) {
            QList<double> times;
            long peak = 0;
            qint64 found = 0;
            for (int run = 0; run < Runs; ++run) {
                const Run result = runChild(path, mode);
                times.append(result.ms);
                peak = std::max(peak, result.rssKb);
                found = result.messages;
            }
            std::sort(times.begin(), times.end());
            const double median = times.at(Runs / 2);
            const double peakBytes = peak * 1024.0;
            std::printf(
                "%6d MB %9lld %7s %10.1f %8.1f %9.1f %10.2f %11.2f %8s\n", megabytes,
                qlonglong(found), qPrintable(mode), median, size / 1e6 / (median / 1000),
                peakBytes / 1e6, peakBytes / size, (peak - baselineKb) * 1024.0 / size,
                megabytes == 100 ? (median < 2000 && peakBytes < 2 * size ? "met" : "MISSED") : "");
            if (found != messages)
                std::printf("  (generated %lld messages, found %lld)\n", qlonglong(messages),
                            qlonglong(found));
        }
    }
    return 0;
}
