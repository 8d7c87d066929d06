#include "tracemessage.h"

using namespace Qt::StringLiterals;

QString TraceMessage::cseqText() const
{
    if (cseq < 0)
        return {};
    return QString::number(cseq) + u' ' + cseqMethod;
}

QString TraceMessage::noteKey(Note note)
{
    switch (note) {
    case PhraseDiffers:
        return u"phrase-differs"_s;
    case UnregisteredCode:
        return u"unregistered-code"_s;
    case Retransmission:
        return u"retransmission"_s;
    case RetryAfter:
        return u"retry-after"_s;
    case AuthRepeated:
        return u"auth-repeated"_s;
    case NoFinalResponse:
        return u"no-final-response"_s;
    case After481Reinvite:
        return u"481-after-reinvite"_s;
    }
    return {};
}

QStringList TraceMessage::noteKeys() const
{
    QStringList keys;
    for (const Note note : AllNotes) {
        if (notes.testFlag(note))
            keys.append(noteKey(note));
    }
    return keys;
}
