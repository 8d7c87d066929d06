#pragma once

#include "core/asciibytes.h"

#include <QByteArrayView>

#include <string>

// Byte-level pieces of the trace parser. They look at views into the input, allocate nothing
// unless they fill the caller's buffer, and take time linear in the bytes they are given.
namespace TraceBytes {

// The ASCII basics, shared with the header field readers of the core.
using namespace AsciiBytes;

qsizetype find(QByteArrayView text, QByteArrayView needle, qsizetype from = 0);
// ASCII letters compared without case; `lowerNeedle` must be in lower case.
qsizetype findIgnoringCase(QByteArrayView text, QByteArrayView lowerNeedle, qsizetype from = 0);
qsizetype indentOf(QByteArrayView line);
bool isBlankText(QByteArrayView text);
bool isAscii(QByteArrayView text);

// The time stamp a log line begins with, as printed: "2024-01-05 10:11:40.118",
// "2024/01/05 10:00:13.517204", "Jan  5 11:00:05", "01-05 10:20:01.511", "17:00:05.001",
// "2024-01-05 19:12:03:006". One opening bracket may come first ("[Jan  5 10:00:00]" gives the
// text inside). Empty when the line starts otherwise.
QByteArrayView leadingTimestamp(QByteArrayView line);
// The first such time stamp at the start of `text` or of a word in it ("sbc_1  | 2024-01-05T...").
QByteArrayView timestampIn(QByteArrayView text);

// "Name: value" with a header field name (letters, digits, '-' and '_', at least one letter) and
// optional blanks before the colon. The value comes trimmed.
bool splitHeader(QByteArrayView line, QByteArrayView *name, QByteArrayView *value);

// The value of ";name=value" in `text` (`lowerName` in lower case), up to ';', ',', '>' or a
// blank; empty when absent.
QByteArrayView parameter(QByteArrayView text, QByteArrayView lowerName);

// The number the text starts with, at most 18 digits; -1 without a digit.
qint64 leadingNumber(QByteArrayView text);

// Appends host:port as the corpus writes addresses: the transport dropped ("udp/[192.0.2.10]:5060",
// "UDP:192.0.2.10:5060", "UDP://host:5060"), brackets only around IPv6 hosts.
void appendAddress(QByteArrayView text, std::string *out);

// A whole message logged on one line with its line ends escaped: rsyslog's "#012" and "#015",
// or "\r\n" written out in a string literal (Python bytes, JSON).
enum class Escape { None, Syslog, Backslash };
Escape escapeOf(QByteArrayView line);
void unescape(QByteArrayView line, Escape escape, std::string *out);

// A SIP start line somewhere in `line`, after whatever prefix a tool glued in front of it.
struct StartLine
{
    bool response = false;
    qsizetype begin = 0; // where the start line begins in the line
    int code = 0;
    QByteArrayView method; // requests
    QByteArrayView uri;
    QByteArrayView reason; // responses, as written
    bool dotted = false;   // the line ends in '.', as ngrep prints a CR
};
bool findStartLine(QByteArrayView line, StartLine *found);

} // namespace TraceBytes
