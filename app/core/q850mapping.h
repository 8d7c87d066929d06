#pragma once

#include "localizedtext.h"

#include <QList>
#include <QMap>

// How RFC 3398 maps ISDN (Q.850) cause values and SIP responses onto each other at a gateway:
// section 7.2.4.1 from cause to response, section 8.2.6.1 from response to cause.
struct Q850Mapping
{
    QMap<int, QList<int>> causeToResponse; // RFC 3398, 7.2.4.1 (cause 22 has two rows)
    QMap<int, int> responseToCause;  // RFC 3398, 8.2.6.1
    QMap<int, LocalizedText> causeNames;

    // The causes that 7.2.4.1 turns into `code`.
    QList<int> causesMappedTo(int code) const
    {
        QList<int> causes;
        for (auto it = causeToResponse.cbegin(); it != causeToResponse.cend(); ++it) {
            if (it.value().contains(code))
                causes.append(it.key());
        }
        return causes;
    }
};
