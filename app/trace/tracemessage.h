#pragma once

#include "core/headerfields.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

// A header field as the message wrote it, compact names included.
struct TraceHeader
{
    QString name;
    QString value;

    friend bool operator==(const TraceHeader &, const TraceHeader &) = default;
};

// One SIP message found in a trace. Text fields are empty when the message or its framing does
// not give them. Fields that many messages repeat (Call-ID, methods, tags, branches, addresses)
// share one copy of their text, which keeps a trace of 100,000s of messages small.
struct TraceMessage
{
    enum class Kind : quint8 { Request, Response };

    // What an engineer wants pointed out; TraceMessage::noteKey() names them.
    enum Note : quint16 {
        PhraseDiffers = 0x01,    // a registered code with another reason phrase
        UnregisteredCode = 0x02, // a code the IANA registry does not list
        Retransmission = 0x04,   // same direction, CSeq, top Via branch (and code) as before
        RetryAfter = 0x08,       // a response with Retry-After
        AuthRepeated = 0x10,     // 401/407 again after credentials were sent
        NoFinalResponse = 0x20,  // a request whose transaction never got a final response
        After481Reinvite = 0x40, // 481 inside a dialog a 2xx to INVITE had confirmed
    };
    Q_DECLARE_FLAGS(Notes, Note)
    static constexpr Note AllNotes[] = {PhraseDiffers,   UnregisteredCode, Retransmission,
                                        RetryAfter,      AuthRepeated,     NoFinalResponse,
                                        After481Reinvite};

    Kind kind = Kind::Request;
    bool hasCredentials = false; // Authorization or Proxy-Authorization present
    int code = 0;                // responses: 100 to 699
    Notes notes;
    int call = -1;          // index into Trace::calls; -1 without Call-ID
    int retryAfter = -1;    // seconds of Retry-After; -1 without the header
    qint64 cseq = -1;       // CSeq number; -1 without CSeq
    qint64 bodyLength = -1; // Content-Length as declared; -1 without the header
    // Where the message stands in the input: from the start of its first line to the end of its
    // last one (for an escaped one-line message, that whole line).
    qint64 offset = 0;
    qint64 length = 0;

    QString method;     // the request's method; for a response, the CSeq method
    QString cseqMethod; // the CSeq method as written
    QString reason;     // the response's reason phrase as written
    QString requestUri;
    QString callId;
    QString branch; // of the top Via
    QString fromTag;
    QString toTag;
    QString time;   // as the trace prints it
    QString source; // host:port, IPv6 in brackets
    QString destination;
    QList<ReasonValue> reasons;
    QList<WarningValue> warnings;
    QList<TraceHeader> headers; // only with TraceParser::Options::keepHeaders

    bool isRequest() const { return kind == Kind::Request; }
    bool isResponse() const { return kind == Kind::Response; }
    bool isFinal() const { return kind == Kind::Response && code >= 200; }

    // "<number> <METHOD>", or empty without CSeq.
    QString cseqText() const;
    // The corpus and JSON names of the notes: "phrase-differs", "unregistered-code",
    // "retransmission", "retry-after", "auth-repeated", "no-final-response", "481-after-reinvite".
    static QString noteKey(Note note);
    QStringList noteKeys() const;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(TraceMessage::Notes)
Q_DECLARE_TYPEINFO(TraceHeader, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TraceMessage, Q_RELOCATABLE_TYPE);
