#include "traceframing.h"

#include "trace/tracebytes.h"

using namespace TraceBytes;

namespace TraceFraming {

namespace {

void assign(std::string *out, QByteArrayView text)
{
    out->assign(text.data(), size_t(text.size()));
}

QByteArrayView withoutTrailing(QByteArrayView text, char c)
{
    return text.endsWith(c) ? text.chopped(1) : text;
}

bool isDateWord(QByteArrayView word)
{
    return word.size() == 10 && isDigit(word[0]) && (word[4] == '-' || word[4] == '/') &&
           word[7] == word[4];
}

bool isClockWord(QByteArrayView word)
{
    return word.size() >= 8 && isDigit(word[0]) && word[2] == ':' && word[5] == ':';
}

// "SRC -> DST" from `*at` on, as sngrep and ngrep print it.
bool readArrow(QByteArrayView line, qsizetype *at, TraceFrame *frame)
{
    const QByteArrayView source = nextWord(line, at);
    const QByteArrayView arrow = nextWord(line, at);
    const QByteArrayView destination = nextWord(line, at);
    if (source.isEmpty() || arrow != "->" || destination.isEmpty())
        return false;
    appendAddress(source, &frame->source);
    appendAddress(destination, &frame->destination);
    return true;
}

// sngrep's text export: "2024/01/05 10:00:13.517204 192.0.2.1:5060 -> 198.51.100.20:5060".
bool readSngrep(QByteArrayView line, TraceFrame *frame)
{
    qsizetype at = 0;
    if (!isDateWord(nextWord(line, &at)) || !isClockWord(nextWord(line, &at)))
        return false;
    const qsizetype timeEnd = at;
    if (!readArrow(line, &at, frame) || !nextWord(line, &at).isEmpty())
        return false;
    assign(&frame->time, line.first(timeEnd));
    return true;
}

// ngrep -W byline: "U 2024/01/05 09:05:02.110304 192.0.2.10:5060 -> 198.51.100.5:5060 #1", the
// time only with -t, TCP flags such as "[AP]" before the packet number.
bool readNgrep(QByteArrayView line, TraceFrame *frame)
{
    if (line.size() < 4 || (line[0] != 'U' && line[0] != 'T') || line[1] != ' ')
        return false;
    qsizetype at = 1;
    qsizetype afterTime = at;
    qsizetype timeBegin = -1;
    if (isDateWord(nextWord(line, &afterTime))) {
        timeBegin = afterTime - 10;
        if (!isClockWord(nextWord(line, &afterTime)))
            return false;
        at = afterTime;
    }
    if (!readArrow(line, &at, frame))
        return false;
    const QByteArrayView rest = nextWord(line, &at);
    if (!rest.isEmpty() && !rest.startsWith('#') && !rest.startsWith('['))
        return false;
    if (timeBegin >= 0)
        assign(&frame->time, line.sliced(timeBegin, afterTime - timeBegin));
    return true;
}

// tcpdump: "12:14:09.880412 IP 192.0.2.1.5060 > 192.0.2.10.5060: SIP: ...", the date first with
// -tttt, "IP6" for IPv6. The port follows the address after a dot.
bool readTcpdump(QByteArrayView line, TraceFrame *frame)
{
    qsizetype at = 0;
    QByteArrayView word = nextWord(line, &at);
    if (isDateWord(word))
        word = nextWord(line, &at);
    if (!isClockWord(word) || word.indexOf('.') != 8)
        return false;
    const qsizetype timeEnd = at;
    const QByteArrayView family = nextWord(line, &at);
    if (family != "IP" && family != "IP6")
        return false;
    const QByteArrayView source = nextWord(line, &at);
    const QByteArrayView arrow = nextWord(line, &at);
    const QByteArrayView destination = nextWord(line, &at);
    if (arrow != ">" || !destination.endsWith(':'))
        return false;
    const bool six = family == "IP6";
    const auto convert = [six](QByteArrayView word, std::string *out) {
        const qsizetype dot = word.lastIndexOf('.');
        if (dot <= 0)
            return false;
        if (six)
            out->push_back('[');
        out->append(word.data(), size_t(dot));
        if (six)
            out->push_back(']');
        out->push_back(':');
        out->append(word.data() + dot + 1, size_t(word.size() - dot - 1));
        return true;
    };
    if (!convert(source, &frame->source) || !convert(destination.chopped(1), &frame->destination))
        return false;
    assign(&frame->time, line.first(timeEnd));
    return true;
}

// FreeSWITCH's sofia siptrace: "recv 707 bytes from udp/[192.0.2.10]:5060 at 10:00:06.201175:";
// "send ... to ..." names the destination instead.
bool readFreeSwitch(QByteArrayView line, TraceFrame *frame)
{
    const bool received = line.startsWith("recv ");
    if (!received && !line.startsWith("send "))
        return false;
    qsizetype at = 4;
    if (leadingNumber(nextWord(line, &at)) < 0 || nextWord(line, &at) != "bytes" ||
        nextWord(line, &at) != (received ? "from" : "to"))
        return false;
    const QByteArrayView address = nextWord(line, &at);
    if (nextWord(line, &at) != "at")
        return false;
    const QByteArrayView time = nextWord(line, &at);
    if (!time.endsWith(':') || !nextWord(line, &at).isEmpty())
        return false;
    appendAddress(address, received ? &frame->source : &frame->destination);
    assign(&frame->time, time.chopped(1));
    return true;
}

// Asterisk: pjsip's "<--- Received SIP request (779 bytes) from UDP:192.0.2.13:5060 --->" and
// "<--- Transmitting SIP response (240 bytes) to UDP:... --->"; chan_sip's "<--- SIP read from
// UDP:... --->", "<--- Reliably Transmitting (no NAT) to 203.0.113.30:5060 --->" and
// "Retransmitting #1 (no NAT) to 198.51.100.77:5060:".
bool readAsterisk(QByteArrayView line, TraceFrame *frame)
{
    if (const qsizetype arrow = find(line, "<--- "); arrow >= 0) {
        const qsizetype close = find(line, " --->", arrow);
        if (close < 0)
            return false;
        const QByteArrayView inner = line.sliced(arrow + 5, close - arrow - 5);
        if (qsizetype from = find(inner, " from "); from >= 0) {
            from += 6;
            appendAddress(nextWord(inner, &from), &frame->source);
            return true;
        }
        if (qsizetype to = find(inner, " to "); to >= 0) {
            to += 4;
            appendAddress(nextWord(inner, &to), &frame->destination);
            return true;
        }
        return false;
    }
    if (const qsizetype again = find(line, "Retransmitting #"); again >= 0) {
        qsizetype to = find(line, " to ", again);
        if (to < 0)
            return false;
        to += 4;
        appendAddress(withoutTrailing(nextWord(line, &to), ':'), &frame->destination);
        return true;
    }
    return false;
}

// pjsua and pjsip logs: "TX 516 bytes Request msg REGISTER/cseq=46021 (tdta0x...) to UDP
// 198.51.100.5:5060:" and "RX 439 bytes Response msg 401/REGISTER/cseq=46021 (rdata0x...) from
// UDP 198.51.100.5:5060:".
bool readPjsip(QByteArrayView line, TraceFrame *frame)
{
    qsizetype message = find(line, " bytes Request msg ");
    if (message < 0)
        message = find(line, " bytes Response msg ");
    if (message < 0)
        return false;
    qsizetype count = message;
    while (count > 0 && isDigit(line[count - 1]))
        --count;
    if (count == message || count < 3 || line[count - 1] != ' ')
        return false;
    const QByteArrayView direction = line.sliced(count - 3, 2);
    const bool sent = direction == "TX";
    if (!sent && direction != "RX")
        return false;
    qsizetype at = find(line, sent ? " to " : " from ", message);
    if (at < 0)
        return false;
    at += sent ? 4 : 6;
    const QByteArrayView first = nextWord(line, &at);
    const QByteArrayView second = nextWord(line, &at);
    const QByteArrayView address = withoutTrailing(second.isEmpty() ? first : second, ':');
    appendAddress(address, sent ? &frame->destination : &frame->source);
    return true;
}

// belle-sip (Linphone): "message sent to [UDP://sip.example.org:5060], size: [501] bytes" and
// "received [287] new bytes from [UDP://sip.example.org:5060]:".
bool readBelleSip(QByteArrayView line, TraceFrame *frame)
{
    constexpr QByteArrayView sentMark = "message sent to [";
    constexpr QByteArrayView receivedMark = "new bytes from [";
    qsizetype at = find(line, sentMark);
    const bool sent = at >= 0;
    if (sent) {
        at += sentMark.size();
    } else {
        at = find(line, receivedMark);
        if (at < 0)
            return false;
        at += receivedMark.size();
    }
    qsizetype close = sent ? find(line, "], size", at) : line.lastIndexOf(']');
    if (close < at)
        return false;
    appendAddress(line.sliced(at, close - at), sent ? &frame->destination : &frame->source);
    return true;
}

// SIPp -trace_msg: a dashed line ending in the time, "----------- 2024-01-05 18:30:00.002004".
bool readSipp(QByteArrayView line, TraceFrame *frame)
{
    if (!line.startsWith("----------"))
        return false;
    qsizetype at = 0;
    while (at < line.size() && line[at] == '-')
        ++at;
    const QByteArrayView rest = trimmed(line.sliced(at));
    const QByteArrayView time = leadingTimestamp(rest);
    if (time.isEmpty() || time.size() != rest.size())
        return false;
    assign(&frame->time, time);
    return true;
}

// SIP.js in a browser console: "sip.js:9701 Fri Jan 05 2024 14:00:15 GMT+0100 (...) |
// sip.Transport | Sending WebSocket message:", the source link first when the console shows it.
bool readSipJs(QByteArrayView line, TraceFrame *frame)
{
    constexpr QByteArrayView transport = " | sip.Transport | ";
    const qsizetype mark = find(line, transport);
    if (mark < 0)
        return false;
    const QByteArrayView what = line.sliced(mark + transport.size());
    if (!what.startsWith("Sending WebSocket message") && !what.startsWith("Received WebSocket"))
        return false;
    QByteArrayView head = trimmed(line.first(mark));
    qsizetype at = 0;
    const QByteArrayView link = nextWord(head, &at);
    if (link.contains(':') && !link.isEmpty() && isDigit(link.back()))
        head = trimmed(head.sliced(at));
    assign(&frame->time, head);
    return true;
}

} // namespace

bool read(QByteArrayView line, TraceFrame *frame)
{
    frame->clear();
    if (line.size() < 10)
        return false;
    bool found = false;
    switch (line[0]) {
    case 'r':
    case 's':
        found = readFreeSwitch(line, frame);
        break;
    case 'U':
    case 'T':
        found = readNgrep(line, frame);
        break;
    case '-':
        found = readSipp(line, frame);
        break;
    default:
        if (isDigit(line[0]))
            found = readSngrep(line, frame) || readTcpdump(line, frame);
        break;
    }
    if (found)
        return true;
    frame->clear();
    // The rest may follow any log prefix; each test starts with a search for a marker.
    found = readAsterisk(line, frame) || readPjsip(line, frame) || readBelleSip(line, frame) ||
            readSipJs(line, frame);
    if (!found)
        frame->clear();
    return found;
}

} // namespace TraceFraming
