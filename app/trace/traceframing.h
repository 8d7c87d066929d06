#pragma once

#include <QByteArrayView>

#include <string>

// Time and addresses that a capture or logging tool prints in the line before a message.
struct TraceFrame
{
    std::string time;
    std::string source;
    std::string destination;

    void clear()
    {
        time.clear();
        source.clear();
        destination.clear();
    }
};

// Recognises the lines that frame a message in the formats of sngrep, ngrep, tcpdump -A,
// FreeSWITCH's siptrace, Asterisk's pjsip logger and chan_sip debug, pjsua, SIPp -trace_msg,
// belle-sip and SIP.js. tshark's packet details span several lines and are read by TraceReader.
namespace TraceFraming {

// Fills `frame` (time empty when the line gives none) and returns true for such a line; returns
// false, `frame` left cleared, for any other.
bool read(QByteArrayView line, TraceFrame *frame);

} // namespace TraceFraming
