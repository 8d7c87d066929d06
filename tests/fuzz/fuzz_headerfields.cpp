#include "core/headerfields.h"

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any bytes as the value of a Reason and of a Warning header: the readers stop at their bound,
// never read past the value, and give only the numbers a value can hold.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView value(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qsizetype Limit = 8;
    QList<ReasonValue> reasons;
    HeaderFields::appendReasons(value, &reasons, Limit);
    if (reasons.size() > Limit)
        std::abort();
    for (const ReasonValue &reason : reasons) {
        if (reason.protocol.isEmpty() || reason.cause < -1)
            std::abort();
    }
    QList<WarningValue> warnings;
    HeaderFields::appendWarnings(value, &warnings, Limit);
    if (warnings.size() > Limit)
        std::abort();
    for (const WarningValue &warning : warnings) {
        if (warning.code < 0)
            std::abort();
    }
    HeaderFields::unquoted(value);
    return 0;
}
