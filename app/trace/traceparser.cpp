#include "traceparser.h"

#include "trace/traceanalysis.h"
#include "trace/tracereader.h"

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

// The position of the next LF at or after `from`, or `end`.
qint64 lineEnd(const char *data, qint64 from, qint64 end)
{
    const void *newline = std::memchr(data + from, '\n', size_t(end - from));
    return newline ? static_cast<const char *>(newline) - data : end;
}

// Stops at the progress steps when the callback says so.
class Progress final
{
public:
    Progress(const TraceParserOptions &options, qint64 total)
        : m_callback(options.progress), m_total(total)
    {}

    // False when the caller asked to stop.
    bool at(qint64 done)
    {
        if (!m_callback || done < m_next)
            return true;
        m_next = done + TraceParser::ProgressStep;
        if (m_callback(done, m_total))
            return true;
        m_cancelled = true;
        return false;
    }
    void finished(qint64 done)
    {
        if (m_callback && !m_cancelled)
            m_callback(done, m_total);
    }
    bool cancelled() const { return m_cancelled; }

private:
    const std::function<bool(qint64, qint64)> &m_callback;
    qint64 m_total;
    qint64 m_next = TraceParser::ProgressStep;
    bool m_cancelled = false;
};

Trace finished(TraceReader &reader, qint64 bytesRead, bool truncated, const Progress &progress)
{
    reader.finish();
    Trace trace = reader.takeTrace();
    TraceAnalysis::analyse(&trace);
    trace.bytesRead = bytesRead;
    trace.truncated = truncated || reader.isFull();
    trace.cancelled = progress.cancelled();
    return trace;
}

} // namespace

Trace TraceParser::parse(QByteArrayView input, const Options &options)
{
    TraceReader reader(options);
    const qint64 total = std::min<qint64>(input.size(), MaximumInputSize);
    Progress progress(options, total);
    const char *data = input.data();
    qint64 at = 0;
    while (at < total && !reader.isFull()) {
        const qint64 end = lineEnd(data, at, total);
        const qsizetype length = qsizetype(std::min<qint64>(end - at, MaximumLineLength));
        reader.addLine(QByteArrayView(data + at, length), at, end);
        at = end + 1;
        if (!progress.at(std::min(at, total)))
            break;
    }
    const qint64 read = std::min(at, total);
    Trace trace = finished(reader, read, input.size() > total, progress);
    progress.finished(read);
    return trace;
}

Trace TraceParser::parse(QIODevice &device, const Options &options)
{
    TraceReader reader(options);
    const qint64 size = device.isSequential() ? -1 : device.size() - device.pos();
    const qint64 total = size < 0 ? -1 : std::min(size, MaximumInputSize);
    Progress progress(options, total);
    const qsizetype chunk = std::clamp<qsizetype>(options.readSize, 1, 64 * 1024 * 1024);

    QByteArray buffer; // the unfinished last line, then what was read after it
    qint64 base = 0;   // the input offset of buffer[0]
    qint64 read = 0;
    bool skipping = false; // inside a line longer than MaximumLineLength, until its LF
    bool truncated = false;
    while (!reader.isFull()) {
        if (read >= MaximumInputSize) {
            // atEnd() cannot tell for a pipe or a device; one more byte can.
            char next = 0;
            truncated = device.read(&next, 1) == 1;
            break;
        }
        const qsizetype kept = buffer.size();
        const qsizetype wanted = qsizetype(std::min<qint64>(chunk, MaximumInputSize - read));
        buffer.resize(kept + wanted);
        const qint64 got = device.read(buffer.data() + kept, wanted);
        buffer.resize(kept + std::max<qint64>(got, 0));
        if (got <= 0)
            break;
        read += got;

        const char *data = buffer.constData();
        qint64 at = 0;
        while (!reader.isFull()) {
            const qint64 end = lineEnd(data, at, buffer.size());
            if (end == buffer.size())
                break;
            if (!skipping) {
                const qsizetype length = qsizetype(std::min<qint64>(end - at, MaximumLineLength));
                reader.addLine(QByteArrayView(data + at, length), base + at, base + end);
            }
            skipping = false;
            at = end + 1;
        }
        if (skipping) {
            at = buffer.size();
        } else if (buffer.size() - at > MaximumLineLength) {
            // The line goes on; read its beginning now and skip the rest.
            reader.addLine(QByteArrayView(data + at, MaximumLineLength), base + at,
                           base + buffer.size());
            skipping = true;
            at = buffer.size();
        }
        buffer.remove(0, at);
        base += at;
        if (!progress.at(base))
            break;
    }
    if (!skipping && !buffer.isEmpty() && !reader.isFull() && !progress.cancelled())
        reader.addLine(QByteArrayView(buffer), base, base + buffer.size());
    Trace trace = finished(reader, read, truncated, progress);
    progress.finished(read);
    return trace;
}
