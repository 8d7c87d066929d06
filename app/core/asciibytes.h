#pragma once

#include <QByteArrayView>

// ASCII-only tests and trimming on bytes, for protocol text: header names, tokens and numbers
// are ASCII whatever the rest of a line holds.
namespace AsciiBytes {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isLetter(char c)
{
    return isUpper(c) || isLower(c);
}
constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
constexpr char toLower(char c)
{
    return isUpper(c) ? char(c - 'A' + 'a') : c;
}

// ASCII letters compared without case; `lower` must be in lower case.
bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lower);
// Without blanks at either end, and without a carriage return at the end.
QByteArrayView trimmed(QByteArrayView text);
// The first blank-separated word at or after `*at`, which moves past it; empty at the end.
QByteArrayView nextWord(QByteArrayView line, qsizetype *at);

} // namespace AsciiBytes
