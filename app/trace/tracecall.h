#pragma once

#include <QList>
#include <QString>

// The messages of one Call-ID, and how the dialog-creating request ended.
struct TraceCall
{
    enum class Outcome : quint8 {
        NoFinal,    // the first request got no final response
        Answered,   // 2xx, and no BYE in the trace
        Ended,      // 2xx, then a BYE (whatever its answer)
        Cancelled,  // 487 after a CANCEL
        Rejected,   // any other 4xx to 6xx, a last 401/407 included
        Redirected, // 3xx
    };

    QString callId;
    QString method;              // of the call's first request
    int finalCode = 0;           // 0 when there is no final response
    qsizetype finalMessage = -1; // index into Trace::messages, -1 without a final response
    Outcome outcome = Outcome::NoFinal;
    QList<qsizetype> messages; // indices into Trace::messages, in input order

    // The corpus and JSON names: "no-final", "answered", "ended", "cancelled", "rejected",
    // "redirected".
    static QString outcomeKey(Outcome outcome);
};
Q_DECLARE_TYPEINFO(TraceCall, Q_RELOCATABLE_TYPE);
