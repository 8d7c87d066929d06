#include "tracecall.h"

using namespace Qt::StringLiterals;

QString TraceCall::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoFinal:
        return u"no-final"_s;
    case Outcome::Answered:
        return u"answered"_s;
    case Outcome::Ended:
        return u"ended"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Rejected:
        return u"rejected"_s;
    case Outcome::Redirected:
        return u"redirected"_s;
    }
    return {};
}
