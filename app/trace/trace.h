#pragma once

#include "trace/tracecall.h"
#include "trace/tracemessage.h"

#include <QList>

// What TraceParser found in a trace or log.
struct Trace
{
    QList<TraceMessage> messages; // in input order
    QList<TraceCall> calls;       // one per Call-ID, in order of first appearance
    qint64 bytesRead = 0;         // how much of the input was read
    // The input went beyond TraceParser::MaximumInputSize or held more than
    // TraceParser::MaximumMessages messages; what came after is not read.
    bool truncated = false;
    bool cancelled = false; // the progress callback asked to stop
};
