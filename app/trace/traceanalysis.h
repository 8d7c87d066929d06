#pragma once

#include "trace/trace.h"

// What needs more than one message: retransmissions, challenges answered again and again,
// requests left without a final response, 481 inside a confirmed dialog, and each call's
// dialog-creating request, its final response and its outcome.
namespace TraceAnalysis {

void analyse(Trace *trace);

} // namespace TraceAnalysis
