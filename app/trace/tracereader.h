#pragma once

#include "trace/trace.h"
#include "trace/tracebytes.h"
#include "trace/traceframing.h"
#include "trace/traceparser.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The line-by-line state machine behind TraceParser. It is given each line of the input once,
// keeps copies of what it needs from it (so a caller may reuse its buffer), and builds the
// messages and the calls they belong to. TraceAnalysis adds what needs the whole trace.
class TraceReader final
{
public:
    explicit TraceReader(const TraceParserOptions &options);
    Q_DISABLE_COPY_MOVE(TraceReader)

    // `line` comes without its LF; `offset` and `end` place it in the input (`end` at its LF).
    void addLine(QByteArrayView line, qint64 offset, qint64 end);
    // The end of the input: a message cut off there still counts.
    void finish();
    // MaximumMessages reached: nothing more will be kept.
    bool isFull() const { return m_full; }
    Trace takeTrace();

private:
    enum class State { Idle, Candidate, Headers, Body, TsharkStart, TsharkHeaders };
    // How the lines after a start line carry the prefix in front of it.
    enum class Prefix {
        None,  // not at all (raw text, bytes glued to the start line only)
        Same,  // the same prefix, digits aside (logcat, syslog, os_log)
        Blank, // blanks as wide as the prefix (journald, FreeSWITCH 1.6)
    };
    struct Slice
    {
        qsizetype at = 0;
        qsizetype size = -1; // -1: not given
    };
    // The message being read. Its text fields are slices of m_scratch, turned into shared
    // strings once its Call-ID is known.
    struct Pending
    {
        bool response = false;
        int code = 0;
        Slice method;
        Slice uri;
        Slice reason;
        Slice callId;
        Slice cseqMethod;
        Slice branch;
        Slice fromTag;
        Slice toTag;
        Slice time;
        Slice source;
        Slice destination;
        qint64 cseq = -1;
        qint64 contentLength = -1;
        int retryAfter = -1;
        bool credentials = false;
        bool viaSeen = false;
        bool sipBody = false; // the body is a SIP message or fragment (message/sipfrag)
        int headerCount = 0;
        qint64 offset = 0;
        qint64 end = 0;
        qint64 bodyBytes = 0;
        Prefix prefix = Prefix::None;
        qsizetype prefixLength = 0;
        bool dotted = false;
        QList<ReasonValue> reasons;
        QList<WarningValue> warnings;
        QList<TraceHeader> headers;
    };
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept;
    };
    using StringTable = std::unordered_map<std::string, QString, Hash, std::equal_to<>>;
    // The strings of one call that its messages repeat: tags, branches, the request URI.
    struct CallStrings
    {
        static constexpr int Count = 6;
        QString recent[Count];
        int next = 0;
    };

    void idle(QByteArrayView line, qint64 offset, qint64 end);
    void candidate(QByteArrayView line, qint64 offset, qint64 end);
    void messageLine(QByteArrayView line, qint64 offset, qint64 end);
    void tsharkLine(QByteArrayView line, qint64 offset, qint64 end);
    bool tsharkFrameLine(QByteArrayView line);
    void escapedLine(QByteArrayView line, TraceBytes::Escape escape, qint64 offset, qint64 end);
    void begin(const TraceBytes::StartLine &start, QByteArrayView prefix, qint64 offset, qint64 end,
               std::string_view previousTime, bool dotted);
    bool contentOf(QByteArrayView line, QByteArrayView *content) const;
    bool endsBody(QByteArrayView line, QByteArrayView content);
    void header(QByteArrayView name, QByteArrayView value);
    void finishMessage();

    Slice keep(QByteArrayView bytes);
    QByteArrayView view(Slice slice) const;
    int callFor(QByteArrayView callId);
    QString shared(QByteArrayView bytes);
    QString callString(int call, QByteArrayView bytes);
    QString timeString(QByteArrayView bytes);
    const QString &registeredPhrase(int code);

    const TraceParserOptions &m_options;
    Trace m_trace;
    bool m_full = false;
    State m_state = State::Idle;
    Pending m_pending;
    std::string m_scratch;

    // What the lines before the next start line said about it.
    TraceFrame m_frame;
    bool m_hasFrame = false;
    TraceFrame m_readFrame;     // reused by every framing test
    std::string m_previousTime; // the time stamp the previous line began with

    // A start line waiting for the next line to show whether a message follows.
    std::string m_candidateLine;
    std::string m_candidateTime;
    qint64 m_candidateOffset = 0;
    qint64 m_candidateEnd = 0;

    // tshark: the frame's addresses, and the indents of "Request-Line:" and the header fields.
    bool m_tsharkFrame = false;
    std::string m_tsharkSource;
    std::string m_tsharkDestination;
    qsizetype m_tsharkIndent = 0;
    qsizetype m_tsharkHeaderIndent = -1;

    // A message written on one line with escaped line ends is read from this copy.
    std::string m_unescaped;
    bool m_inEscaped = false;
    std::string m_contextTime;
    qint64 m_escapedOffset = 0;
    qint64 m_escapedEnd = 0;

    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_callIndex;
    std::vector<CallStrings> m_callStrings;
    std::string m_lastCallId;
    int m_lastCall = -1;
    StringTable m_shared;
    std::string m_lastTimeBytes;
    QString m_lastTime;
    QList<QString> m_phrases;
    QList<bool> m_phraseKnown;
};
